"""Things a letter names in the plural, which "các" opens as it opens a plural of bodies ("các
Sở, ngành", "các đơn vị"): "các quy định về phí", "các văn bản", "các dự án" are what the work
is on, never who does it, whether a case clause opens with them ("Đối với các quy định về phí
cần sửa đổi, yêu cầu các Bộ ..."), a sentence's subject or a partner list names them."""

from __future__ import annotations

# (whole words: "các trường hợp", never "các trường" the schools; "các điều kiện", never the
# articles "các Điều"; "các vụ việc", never "các Vụ" the departments)
THINGS_PLURAL = (
    r"các\s+(?:quy định|quy chế|quy trình|văn bản|nội dung|chỉ tiêu|mục tiêu|tiêu chí|"
    r"dự án|đề án|chương trình|kế hoạch|thủ tục|hồ sơ|nhiệm vụ|giải pháp|biện pháp|chính sách|"
    r"chế độ|cơ chế|hoạt động|trường hợp|khoản(?: thu)?|loại|hình thức|điều kiện|yêu cầu|"
    r"nghị quyết|nghị định|quyết định|thông tư|công văn|chỉ thị|báo cáo|kiến nghị|ý kiến|"
    r"số liệu|tài liệu|dữ liệu|thông tin|phí|lệ phí|công trình|hạng mục|sản phẩm|dịch vụ|"
    r"vụ việc|vụ án|vướng mắc|khó khăn|tồn tại|sai phạm)(?!\w)"
)
