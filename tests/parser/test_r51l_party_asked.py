"""Round 51l (batch 188/02): inside the issuer's own guidance ("Tổng cục Hải quan hướng dẫn bổ
sung như sau:"), an item whose later clause asks the private party the procedure concerns
("...; đồng thời yêu cầu doanh nghiệp thực hiện giải trình ...") states a step of the
procedure, no task handed to a body; one that asks a body ("thì đề nghị Sở X ...") still is."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.enterprises import asks_the_party
from tests.parser.signed import signed

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC HẢI QUAN
Số: 700/TCHQ-GSQL Hà Nội, ngày 13 tháng 02 năm 2017
V/v xử lý tờ khai thừa
Kính gửi: Cục Hải quan các tỉnh, thành phố.
Để đảm bảo việc trao đổi thông tin điện tử giữa cơ quan Hải quan và doanh nghiệp kinh doanh
cảng, kho, bãi tại khu vực cửa khẩu cảng biển theo quy định tại Điều 41 Luật Hải quan, Tổng cục
Hải quan yêu cầu Cục Hải quan các tỉnh, thành phố thông báo, hướng dẫn Chi cục Hải quan trực
thuộc và người khai hải quan thực hiện nội dung sau:
II. Các Chi cục Hải quan đã triển khai Hệ thống kết nối, trao đổi thông tin điện tử với doanh
nghiệp kinh doanh cảng, kho ,bãi tại khu vực cửa khẩu cảng biển theo quy định tại Điều 41 Luật
Hải quan Đối với các Chi cục Hải quan đã triển khai Hệ thống kết nối, trao đổi thông tin với
cảng biển, ngoài việc thực hiện theo các nội dung hướng dẫn tại Quyết định 1500/QĐ-TCHQ ngày
24/5/2016 của Tổng cục trưởng Tổng cục Hải quan, Tổng cục Hải quan hướng dẫn bổ sung như sau:
10. Trường hợp người khai hải quan khai nhiều tờ khai cho cùng một lô hàng, các tờ khai đều đủ
điều kiện qua KVGS và đã chuyển sang Hệ thống cảng nhưng người khai hải quan chưa thực hiện hủy
tờ khai thừa Nếu Hệ thống của cảng gửi xác nhận get-out cho tất cả các tờ khai nêu trên thì Chi
cục Hải quan nơi lưu giữ hàng hóa kiểm tra hiệu lực của các tờ khai liên quan và xử lý như sau:
- Với các tờ khai hết thời hạn hiệu lực làm thủ tục hải quan: thực hiện hủy việc xác nhận get-
out của doanh nghiệp cảng thông qua chức năng IX.9.6 “Hủy xác nhận container đã xác nhận qua
KVCC (HQGS)” và thực hiện hủy tờ khai theo quy định hiện hành;
- Nếu số lượng các tờ khai còn lại vượt quá 1 tờ khai thì giữ nguyên thông tin xác nhận get-out
đối với tờ khai có ngày đăng ký sớm nhất và thực hiện hủy xác nhận get-out với các tờ khai còn
lại thông qua chức năng IX.9.6 “Hủy xác nhận container đã xác nhận qua KVCC (HQGS)”; đồng thời
yêu cầu doanh nghiệp thực hiện giải trình lý do đăng ký nhiều tờ khai cho cùng một lô hàng và
hướng dẫn doanh nghiệp hủy các tờ khai còn lại.
""" + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG", "Vũ Ngọc Anh")


def test_asking_the_company_is_a_step_of_the_guidance(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert actions == []


def test_the_party_asked_in_a_later_clause() -> None:
    assert asks_the_party("giu nguyen xac nhan; dong thoi yeu cau doanh nghiep giai trinh.")
    assert asks_the_party("truong hop x thi de nghi nguoi khai bo sung ho so.")
    assert not asks_the_party("de nghi doanh nghiep can cu quy dinh de thuc hien.")
    assert not asks_the_party("truong hop x thi de nghi so tai chinh huong dan.")
