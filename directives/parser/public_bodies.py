"""The public bodies a directive most often names, so that a name is taken whole ("Bộ Văn
hóa, Thể thao và Du lịch", "Sở Nông nghiệp và Môi trường") wherever it stands."""

from __future__ import annotations

# Ministries and central bodies (names in force in 2025, and the older ones letters cite).
CENTRAL_BODIES = (
    "Bộ Quốc phòng",
    "Bộ Tổng Tham mưu",
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
    "Ủy ban Dân tộc",  # (the ministry-level committee before it, which older letters name)
    "Bộ Kế hoạch và Đầu tư",
    "Bộ Giao thông vận tải",
    "Bộ Tài nguyên và Môi trường",
    "Bộ Nông nghiệp và Phát triển nông thôn",
    "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Thông tin và Truyền thông",
    "Thanh tra Chính phủ",
    # the National Assembly's bodies and the Front, which its resolutions ask to supervise
    "Ủy ban Thường vụ Quốc hội",
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Tổng Liên đoàn Lao động Việt Nam",
    # the bodies under the Government and the national chambers its resolutions ask to act
    "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
    "Viện Hàn lâm Khoa học xã hội Việt Nam",
    "Học viện Chính trị quốc gia Hồ Chí Minh",
    "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp",
    "Kiểm toán nhà nước",
    "Tòa án nhân dân tối cao",
    "Viện kiểm sát nhân dân tối cao",
    "Phòng Thương mại và Công nghiệp Việt Nam",
    "Liên đoàn Thương mại và Công nghiệp Việt Nam",
    "Liên minh Hợp tác xã Việt Nam",
    "Hội Nông dân Việt Nam",
    "Hội Liên hiệp Phụ nữ Việt Nam",
    "Hội Cựu chiến binh Việt Nam",
    # the National Assembly's councils and committees (a comma inside the name splits nothing)
    "Hội đồng Dân tộc",
    "Ủy ban Tài chính, Ngân sách",
    "Ủy ban Văn hóa, Giáo dục",
    "Ủy ban Khoa học, Công nghệ và Môi trường",
    "Ủy ban Văn hóa và Xã hội",
    "Ủy ban Kinh tế và Tài chính",
    "Ủy ban Pháp luật và Tư pháp",
    "Ủy ban Quốc phòng, An ninh và Đối ngoại",
    "Văn phòng Quốc hội",
    "Ngân hàng Nhà nước Việt Nam",
    "Bảo hiểm xã hội Việt Nam",
    "BHXH Việt Nam",
    "Đài Truyền hình Việt Nam",
    "Đài Tiếng nói Việt Nam",
    "Thông tấn xã Việt Nam",
    "Ban Tuyên giáo và Dân vận Trung ương",
    "Ban Chính sách, chiến lược Trung ương",
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
    "Sở Văn hóa - Thể thao và Du lịch",  # (its older name as some provinces wrote it)
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
    # ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam các cấp Thành phố phối hợp ...")
    "Ủy ban Mặt trận Tổ quốc Việt Nam các cấp tỉnh",
    "Ủy ban Mặt trận Tổ quốc Việt Nam các cấp thành phố",
    "Thuế tỉnh",
    # the province's court and procuracy, and a school's parents' board
    "Viện kiểm sát nhân dân tỉnh",
    "Viện kiểm sát nhân dân thành phố",
    "Tòa án nhân dân tỉnh",
    "Tòa án nhân dân thành phố",
    "Ban Đại diện cha mẹ học sinh",
    # the province's mass organisations, which plans name as partners
    "Liên đoàn Lao động tỉnh",
    "Hội Nông dân tỉnh",
    "Hội Liên hiệp Phụ nữ tỉnh",
    "Hội Cựu chiến binh tỉnh",
    "Đoàn TNCS Hồ Chí Minh tỉnh",
    "Tỉnh đoàn",
    "Liên minh Hợp tác xã tỉnh",
    "Hiệp hội doanh nghiệp tỉnh",
    "Liên hiệp các hội Khoa học và Kỹ thuật tỉnh",
    "Liên hiệp các hội Khoa học và Kỹ thuật thành phố",
)


# Provincial bodies a directive often names that a department's own directory does not hold:
# recognised so that they are not mistaken for prose, reported under their own name.
EXTERNAL_BODIES = (
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Tư pháp",
    "Sở Kế hoạch và Đầu tư",
    "Sở Thông tin và Truyền thông",
    "Sở Khoa học và Công nghệ",
    "Sở Tài nguyên và Môi trường",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Xây dựng",
    "Sở Giao thông vận tải",
    "Sở Công Thương",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Văn hóa và Thể thao",
    "Sở Du lịch",
    "Sở Nông nghiệp và Môi trường",
    "Sở Dân tộc và Tôn giáo",
    "Sở Ngoại vụ",
    "Văn phòng Ủy ban nhân dân tỉnh",
    "Văn phòng UBND tỉnh",
    "Thanh tra tỉnh",
    "Công an tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh",
    "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
    "Cục Thuế tỉnh",
    "Cục Hải quan tỉnh",
    "Bảo hiểm xã hội tỉnh",
    "Ban Dân tộc tỉnh",
    "Ban Dân tộc",
    "Ủy ban nhân dân tỉnh",
    "UBND tỉnh",
    "Chủ tịch Ủy ban nhân dân tỉnh",
    "Chủ tịch UBND tỉnh",
    "Ủy ban nhân dân các huyện, thành phố",
    "UBND các huyện, thành phố",
    "Kho bạc Nhà nước tỉnh",
    "KBNN",  # (the State Treasury as letters write it; its offices "KBNN các tỉnh, thành phố")
    # the social policy bank's branch in a province, by its name or its usual short form
    # ("Chi nhánh NHCSXH tỉnh", "Chi nhánh Ngân hàng Chính sách xã hội Thành phố")
    "Chi nhánh Ngân hàng Chính sách xã hội tỉnh",
    "Chi nhánh Ngân hàng Chính sách xã hội",
    "Chi nhánh NHCSXH tỉnh",
    "Chi nhánh NHCSXH",
    "Trung tâm Phục vụ hành chính công",
    "Bộ phận tiếp nhận và trả kết quả",
    # ministries a department's letters name most (a cited document's issuer, a recipient)
    "Bộ Ngoại giao",
    "Bộ Nội vụ",
    "Bộ Công an",
    "Văn phòng Chính phủ",
    # a ministry's or a department's own personnel office, its name in small letters after
    # its first word ("Vụ Tổ chức cán bộ", "Phòng Tổ chức cán bộ")
    "Vụ Tổ chức cán bộ",
    "Phòng Tổ chức cán bộ",
    *CENTRAL_BODIES,
    *PROVINCIAL_BODIES,
)


# The bodies that answer to an issuer and act on its resolutions, a doer only there (elsewhere
# "Chính phủ" is the author of a cited decree, or the issuer itself speaking): the Government,
# which the National Assembly and its Standing Committee charge ("Chính phủ chịu trách nhiệm
# trước Quốc hội trong việc: a) ...", "Giao Chính phủ triển khai ...")
ANSWERING_BODIES = {"Quốc hội": ("Chính phủ",), "Ủy ban Thường vụ Quốc hội": ("Chính phủ",)}


# A city's people's committee, a body only named with its city ("Ủy ban nhân dân thành phố Đà
# Nẵng", "UBND TP Đà Nẵng"): alone it is a city's letter naming its own, and no name of a body
# whose words a sentence's subject is read by (``mentions`` alone knows these)
CITY_COMMITTEES = ("Ủy ban nhân dân thành phố", "Ủy ban nhân dân TP", "UBND thành phố", "UBND TP")
