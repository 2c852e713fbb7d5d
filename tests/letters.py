"""A letter for the intake tests: one unit name the directory does not know, one deadline
in 2027 (a year whose Tết days off are not configured)."""

NUMBER = "412/UBND-KSTT"
UNKNOWN_UNIT = "Bộ phận tiếp nhận và trả kết quả"
LETTER = """ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 412/UBND-KSTT
V/v chấn chỉnh công tác cải cách hành chính tại Sở Ngoại vụ
Kiên Giang, ngày 20 tháng 11 năm 2026

Kính gửi: Giám đốc Sở Ngoại vụ.

Căn cứ Thông báo số 35/TB-ĐKT ngày 12/11/2026 của Đoàn kiểm tra công tác cải cách hành \
chính, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc Sở Ngoại vụ chỉ đạo thực hiện các \
nội dung sau:

1. Giao Bộ phận tiếp nhận và trả kết quả chủ trì rà soát quy trình tiếp nhận hồ sơ, hoàn \
thành trước ngày 15/12/2026.
2. Văn phòng Sở cập nhật danh mục thủ tục hành chính trên Cổng dịch vụ công; đồng thời \
niêm yết công khai tại Bộ phận một cửa, hoàn thành trước ngày 30/12/2026.
3. Phòng Lãnh sự - Lễ tân phối hợp với Văn phòng Sở tổng hợp báo cáo kết quả khắc phục, \
gửi Ủy ban nhân dân tỉnh trong quý I năm 2027.

Nhận được văn bản này, đề nghị Giám đốc Sở Ngoại vụ khẩn trương triển khai thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, KSTT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Thi
"""
