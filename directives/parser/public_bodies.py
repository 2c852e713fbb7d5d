"""The public bodies a directive most often names, so that a name is taken whole ("Bộ Văn
hóa, Thể thao và Du lịch", "Sở Nông nghiệp và Môi trường") wherever it stands."""

from __future__ import annotations

# Ministries and central bodies (names in force in 2025, and the older ones letters cite).
CENTRAL_BODIES = (
    "Bộ Quốc phòng",
    "Bộ Công an",
    "Bộ Tài chính",
    "Bộ Xây dựng",
    "Bộ Công Thương",
    "Bộ Y tế",
    "Bộ Giáo dục và Đào tạo",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Tư pháp",
    "Bộ Nông nghiệp và Môi trường",
    "Bộ Khoa học và Công nghệ",
    "Bộ Dân tộc và Tôn giáo",
    "Bộ Kế hoạch và Đầu tư",
    "Bộ Giao thông vận tải",
    "Bộ Tài nguyên và Môi trường",
    "Bộ Nông nghiệp và Phát triển nông thôn",
    "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Thông tin và Truyền thông",
    "Thanh tra Chính phủ",
    "Ngân hàng Nhà nước Việt Nam",
    "Bảo hiểm xã hội Việt Nam",
    "BHXH Việt Nam",
    "Đài Truyền hình Việt Nam",
    "Đài Tiếng nói Việt Nam",
    "Thông tấn xã Việt Nam",
    "Ban Tuyên giáo và Dân vận Trung ương",
    "Tập đoàn Điện lực Việt Nam",
    "Tập đoàn Công nghiệp - Viễn thông Quân đội",
    "Tập đoàn Bưu chính Viễn thông Việt Nam",
    "Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam",
    "Cục Thuế",
)
# Provincial departments and bodies not in the older list of units.py.
PROVINCIAL_BODIES = (
    "Sở Nông nghiệp và Môi trường",
    "Sở Dân tộc và Tôn giáo",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Khoa học và Công nghệ",
    "Công an Thành phố",
    "Công an thành phố",
    "Văn phòng Ủy ban nhân dân Thành phố",
    "Bảo hiểm xã hội Thành phố",
    "Bảo hiểm xã hội thành phố",
    "Trung tâm Chuyển đổi số Thành phố",
    "Báo và Phát thanh, Truyền hình",
    "Báo và Phát thanh, Truyền hình tỉnh",
    "Báo và Phát thanh, Truyền hình thành phố",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
    "Thuế tỉnh",
    # the province's court and procuracy, and a school's parents' board
    "Viện kiểm sát nhân dân tỉnh",
    "Viện kiểm sát nhân dân thành phố",
    "Tòa án nhân dân tỉnh",
    "Tòa án nhân dân thành phố",
    "Ban Đại diện cha mẹ học sinh",
)
