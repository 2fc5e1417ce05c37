/**
 * Vietnamese organisation grammar: head nouns, complete bodies, acronyms and the words allowed inside a
 * body's designation. Source: the structure of the Communist Party of Viet Nam (Central Committee,
 * Politburo, Secretariat, central commissions, provincial/city/district committees), the State (National
 * Assembly and its committees, Government, ministries, general departments, departments, provincial
 * People's Councils and Committees, courts, procuracies), the Fatherland Front and mass organisations,
 * the armed forces, state media and state firms; hand-written from general knowledge of that structure,
 * not copied from any evaluation file. All entries are lower case; matching folds case.
 */

/**
 * Bodies that are complete on their own ("Bộ Chính trị", "Tỉnh ủy", "UBND"); they may still take an
 * owner, a locality and a term ("Ban Thường vụ Tỉnh ủy Đắk Lắk", "Quốc hội khóa XIV").
 */
export const VI_ORG_COMPLETE =
  // Every province's boards for its industrial parks and economic zones, named in lower case after "Quản lý".
  'ban quản lý các khu công nghiệp|ban quản lý các khu chế xuất và công nghiệp|ban quản lý các khu kinh tế|' +
  'bộ chính trị|ban bí thư|chính phủ|quốc hội|ban chấp hành|ban thường vụ|ban cán sự đảng|ban cán sự|' +
  'hội đồng nhân dân|ủy ban nhân dân|trung ương đảng|trung ương đoàn|ủy ban thường vụ quốc hội|' +
  'mặt trận tổ quốc việt nam|mặt trận tổ quốc|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|tỉnh đoàn|' +
  'thành đoàn|huyện đoàn|quận đoàn|kiểm toán nhà nước|ngân hàng nhà nước|thanh tra chính phủ|' +
  'tòa án nhân dân tối cao|viện kiểm sát nhân dân tối cao|tòa án nhân dân|viện kiểm sát nhân dân|' +
  // The supreme court and procuracy by their acronyms, in lower case after ("TAND tối cao").
  'tand tối cao|vksnd tối cao|' +
  // The Youth Union by its full name, which ends in a person's name ("Đoàn TNCS Hồ Chí Minh").
  'đoàn tncs hồ chí minh|đoàn thanh niên cộng sản hồ chí minh|trung ương đoàn tncs hồ chí minh|' +
  // Religious bodies recognised by the State.
  'giáo hội phật giáo việt nam|hội đồng trị sự|hội đồng chứng minh|' +
  'ban biên tập|ban thường trực|ban chỉ đạo|ban tổ chức trung ương|ban tuyên giáo trung ương|ban dân vận trung ương|' +
  'ban kinh tế trung ương|ban nội chính trung ương|ban đối ngoại trung ương|ủy ban kiểm tra trung ương|' +
  'ban chấp hành trung ương|văn phòng trung ương đảng|đoàn đại biểu quốc hội|đoàn đbqh|' +
  'liên đoàn lao động|tổng liên đoàn lao động việt nam|công an nhân dân|quân đội nhân dân|' +
  'thông tấn xã việt nam|đài tiếng nói việt nam|đài truyền hình việt nam|học viện chính trị quốc gia hồ chí minh|' +
  'bộ quốc phòng|bộ công an|bộ ngoại giao|bộ nội vụ|bộ tư pháp|bộ tài chính|bộ y tế|bộ xây dựng|' +
  'liên hợp quốc|liên minh châu âu|hội chữ thập đỏ|cơ quan cảnh sát điều tra|cơ quan an ninh điều tra|' +
  'cơ quan điều tra|văn phòng chủ tịch nước|đảng ủy khối các cơ quan trung ương|đảng ủy khối doanh nghiệp trung ương|' +
  'ủy ban trung ương mặt trận tổ quốc việt nam|kiểm toán nhà nước|quân ủy trung ương|' +
  // Party organisations of a bloc of a province's agencies or firms ("Đảng bộ Khối các cơ quan tỉnh").
  'đảng bộ khối các cơ quan|đảng ủy khối các cơ quan|đảng bộ khối doanh nghiệp|đảng ủy khối doanh nghiệp|' +
  // The border guard and the coast guard, national and provincial ("Bộ đội Biên phòng tỉnh Lai Châu").
  'bộ đội biên phòng|cảnh sát biển|cảnh sát biển việt nam|bộ tư lệnh cảnh sát biển|bộ tư lệnh bộ đội biên phòng';

/** Bodies that need an owner or a locality to be specific ("Thường trực HĐND tỉnh", "Công an tỉnh"). */
export const VI_ORG_NEEDS_OWNER =
  'thường trực|đảng bộ|chi bộ|công an|văn phòng|ủy ban mttq|ủy ban mặt trận tổ quốc|thanh tra|' +
  // The presidium of the Fatherland Front or of a mass organisation ("Đoàn Chủ tịch Trung ương Hội …").
  'đoàn chủ tịch';

/** Head nouns that need a capitalised designation ("Cục Bảo vệ chính trị nội bộ", "Bộ Xây dựng"). */
export const VI_ORG_HEADS =
  'ban|bộ|cục|tổng cục|vụ|sở|viện|học viện|ủy ban|hội đồng|tiểu ban|văn phòng|tạp chí|báo|đài|trường|' +
  'đại học|bệnh viện|trung tâm|công ty|tổng công ty|tập đoàn|ngân hàng|hợp tác xã|cảng|phòng|chi cục|' +
  'tòa án|viện kiểm sát|bộ tư lệnh|bộ chỉ huy|quân khu|quân đoàn|quân chủng|binh chủng|sư đoàn|hội|' +
  'liên đoàn|liên hiệp|hiệp hội|mặt trận|nhà xuất bản|thông tấn xã|đoàn thanh niên|đảng|ủy ban mặt trận|' +
  'cơ quan thường trực|kho bạc|cảnh sát|kiểm toán|đài truyền hình|đài phát thanh|' +
  'trung tâm báo chí|ban quản lý|ban chỉ đạo|ban chỉ huy|công đoàn|tổng công đoàn|nhà máy|xí nghiệp|' +
  'quỹ|ctcp|liên minh|ủy ban quốc gia|hội liên hiệp|viện hàn lâm|đại sứ quán|tổng lãnh sự quán|lãnh sự quán|' +
  'đồn biên phòng|đồn công an|diễn đàn|cơ quan';

/**
 * Acronyms and outlets that are organisations on their own. HĐTV (a firm's members' council) is left out
 * on purpose: the guidelines do not count corporate organs.
 */
export const VI_ORG_ACRONYMS =
  'UBND|HĐND|UBKT|MTTQ|TTXVN|VGP|VOV|VTV|VTC|VNA|TAND|VKSND|CAND|QĐND|BCH|BTV|BCĐ|ĐBQH|ASEAN|APEC|WTO|' +
  'LHQ|EU|NATO|IMF|WB|ADB|UNESCO|WHO|UNICEF|FAO|UNDP|EVN|PVN|VNPT|Viettel|Vietcombank|BIDV|Agribank|' +
  'VietinBank|Vinamilk|VnExpress|VietNamNet|VietnamPlus|Chinhphu.vn|VOV.VN|VTV.vn|Zing|TTXVN/VNA|' +
  'BHXH|NHNN|KTNN|TANDTC|VKSNDTC|UBTVQH|HĐBA|CPV|VCCI|VUSTA|VFF|UBCKNN|VSDC|HNX|HOSE|HSX|VSD|SBV|' +
  // The national universities of Hà Nội and Hồ Chí Minh City.
  'ĐHQGHN|ĐHQG';

/** Outlet names in Title Case, recognised after "báo", "Theo", "Nguồn" or in a credit. */
export const VI_OUTLETS =
  'Nhân Dân|Tuổi Trẻ|Thanh Niên|Tiền Phong|Lao Động|Người Lao Động|Sài Gòn Giải Phóng|Hà Nội Mới|' +
  'Quân đội nhân dân|Công an nhân dân|Trí Thức Trẻ|Pháp Luật|Pháp Luật TP.HCM|Dân Việt|Vietnam News|' +
  'Kinh tế & Đô thị|Đại Đoàn Kết|Giáo dục & Thời đại|Đầu tư|Thời báo Kinh tế Việt Nam|Tin tức|Dân Trí';

/** Locality nouns that introduce a place inside an organisation's name ("UBND tỉnh Yên Bái"). */
export const VI_LOCALITY_NOUNS =
  'tỉnh|thành phố|tp|quận|huyện|thị xã|xã|phường|thị trấn|đơn vị|khu vực|' +
  // Villages and residential groups, whose Party cells and heads are in the news ("Chi bộ thôn Tà Số 2").
  'thôn|bản|ấp|buôn|khóm|khu phố|tổ dân phố|xóm|làng|bon|sóc';

/**
 * Lower-case phrases that occur inside a designation after its first capitalised word ("Cục Bảo vệ
 * chính trị nội bộ", "Hội đồng nhân dân", "Trường Chính trị thành phố" is a locality instead).
 */
export const VI_DESIGNATION_PHRASES =
  'nhân dân|tối cao|đại biểu|công dân|dân chủ|chính quyền|địa phương|binh|nhà báo|nhà văn|nhà giáo|nhà xuất bản|nhà sử học|thị trường|chứng khoán|hàng hóa|giá cả|cạnh tranh|đất đai|nhà nước|chính trị|nội bộ|cán bộ|quốc gia|nông thôn|xã hội|thương binh|nhà nước|phát triển|' +
  'dân tộc|tôn giáo|tín ngưỡng|đào tạo|môi trường|công nghệ|truyền thông|du lịch|thể thao|an ninh|' +
  'quốc phòng|cảnh sát|điều tra|hình sự|kinh tế|tài chính|hành chính|pháp luật|pháp chế|thi đua|khen thưởng|' +
  'tham nhũng|biên giới|hải đảo|cộng sản|nhân đạo|phụ nữ|nông dân|cựu chiến binh|thanh niên|lao động|' +
  'văn hóa|giáo dục|y tế|khoa học|kỹ thuật|trách nhiệm hữu hạn|cổ phần|một thành viên|xuất nhập khẩu|' +
  'thương mại|dịch vụ|giao thông|vận tải|bảo hiểm|chiến lược|đối ngoại|tài nguyên|khoáng sản|thủy sản|' +
  'thủy lợi|lâm nghiệp|nông nghiệp|công nghiệp|đô thị|quy hoạch|kiến trúc|nhà ở|bất động sản|tiền tệ|' +
  'ngân sách|thuế|hải quan|thống kê|tiêu chuẩn|đo lường|chất lượng|sở hữu trí tuệ|phòng cháy|chữa cháy|' +
  'cứu nạn|cứu hộ|thi hành án|dân sự|hộ tịch|quốc tịch|lãnh sự|báo chí|xuất bản|phát thanh|truyền hình|' +
  'điện tử|thông tin|tổng hợp|trung ương|quân sự|biên phòng|cơ yếu|hậu cần|kỹ thuật|tham mưu|dân quân|' +
  'tự vệ|giải phóng|việt nam|quốc tế|hữu nghị|đại chúng|mặt trận|cơ sở|đảng viên|lý luận|tuyên truyền|' +
  'bảo vệ|chăm sóc|sức khỏe|dân số|gia đình|trẻ em|bình đẳng|giới|người cao tuổi|người có công|việc làm|' +
  'dạy nghề|giáo dục nghề nghiệp|an toàn|vệ sinh|thực phẩm|dược|trang thiết bị|công trình|hạ tầng|' +
  'cấp nước|thoát nước|chiếu sáng|cây xanh|môi trường đô thị|đường bộ|đường sắt|đường thủy|hàng hải|' +
  'hàng không|cao tốc|năng lượng|điện lực|dầu khí|than|khoáng sản|hóa chất|dệt may|da giày|cao su|' +
  'lương thực|miền bắc|miền nam|miền trung|tây nguyên|hành chính công|tư pháp|nội vụ|ngoại giao|' +
  // Domains of departments and centres, read in lower case after a capitalised designation.
  'khí tượng|thủy văn|dự báo|khí hậu|biến đổi khí hậu|thiên tai|đê điều|tội phạm|buôn lậu|ma túy|' +
  'trật tự|khám bệnh|chữa bệnh|cổ truyền|dịch bệnh|bệnh tật|truyền nhiễm|nhiệt đới|di sản|nghệ thuật|' +
  'biểu diễn|điện ảnh|bản quyền|tác giả|đấu thầu|đăng ký|kinh doanh|doanh nghiệp|nước ngoài|ngoài nước|' +
  'thú y|trồng trọt|chăn nuôi|kiểm lâm|viễn thông|xuất cảnh|nhập cảnh|đăng kiểm|điều tiết|lưu ký|' +
  'bù trừ|đầu tư|xúc tiến|hội nhập|kiểm soát|ô nhiễm|an sinh|nhân quyền|nghiên cứu|ứng dụng|' +
  'chuyển đổi số|đổi mới sáng tạo|khởi nghiệp|hợp tác|phát triển bền vững|tài sản|nợ|ngoại hối|tín dụng|' +
  // Lower-case tails of units and project boards ("Vụ Kinh tế ngành", "Ban Quản lý dự án đầu tư xây dựng …").
  'ngành|quỹ đất|dự án|xây dựng|đầu tư xây dựng';

/**
 * Second syllables of two-syllable words whose first syllable is capitalised ("Bảo vệ", "Xây dựng",
 * "Công thương"); accepted only right after a capitalised word of a designation.
 */
export const VI_DESIGNATION_TAILS =
  'vệ|dựng|thông|thương|tải|động|chính|trị|vận|giáo|tế|nghiệp|trường|nghệ|lịch|thao|hóa|dục|học|thuật|' +
  'luận|chức|sự|tập|tra|lý|đạo|sát|toán|phòng|ninh|giao|vụ|tư|hoạch|binh|hội|thôn|sản|nguyên|tạo|dân|' +
  'niên|nữ|quan|tịch|khẩu|mại|hiểm|lợi|biển|đảo|hải|bộ|trợ|nạn|bị|khí|lực|tin|hình|ảnh|cán|tộc|giới|' +
  'tích|kê|lường|tượng|tuệ|trú|dịch|khoán|thanh|hành|ngoại|pháp|tài|cáo|chí|bản|sinh|tác|tịch|kiến|' +
  'thị|trúc|xá|phẩm|dược|liệu|tệ|sách|thuế|cứu|đoàn|khu|phủ|ương|nhiệp|lâm|nghệ|vấn|mưu|cần|yếu|' +
  'phóng|lập|chiến|hữu|nghị|hợp|tác|truyền|luật|quyền|đẳng|dưỡng|nghĩa|trang|thiết|kỹ|nhân|đường|tiến|' +
  'không|nước|khoán|trữ|liệu|lượng|ký|mật|chế|cứu|chất|môn|hiệu|ương|khẩu|đạc|bản|đồ|văn|gia|tộc|tín|ngưỡng|' +
  'phố|xuất|nhập|doanh|nghiệp|cộng|đồng|đức|cổ|phần|viên|sát|thẩm|định|giá|khảo|thí|kiểm|định|bằng';

/** How acronyms and abbreviations expand in canonical keys ("UBND tỉnh" = "Ủy ban nhân dân tỉnh"). */
export const VI_KEY_EXPANSIONS: Record<string, string> = {
  ubnd: 'ủy ban nhân dân',
  hđnd: 'hội đồng nhân dân',
  ubkt: 'ủy ban kiểm tra',
  mttq: 'mặt trận tổ quốc',
  đbqh: 'đại biểu quốc hội',
  tp: 'thành phố',
  ttxvn: 'thông tấn xã việt nam',
  bch: 'ban chấp hành',
  btv: 'ban thường vụ',
  bcđ: 'ban chỉ đạo',
  tw: 'trung ương',
  tand: 'tòa án nhân dân',
  vksnd: 'viện kiểm sát nhân dân',
  hcm: 'hồ chí minh',
  ubtvqh: 'ủy ban thường vụ quốc hội',
  ubcknn: 'ủy ban chứng khoán nhà nước',
  ctcp: 'công ty cổ phần',
  tnhh: 'trách nhiệm hữu hạn',
};

/**
 * Lower-case words that never continue a designation after its capitalised word: function words and the
 * first syllables of the verbs that usually follow a body's name ("Cục Thuế yêu cầu", "… đã công bố").
 * Any other lower-case word right after a designation's first capitalised word is read as the second
 * syllable of that word ("Dự trữ", "Lưu ký", "Năng lượng").
 */
export const VI_DESIGNATION_STOPS =
  'của|và|với|về|tại|ở|trong|cho|do|đã|đang|sẽ|được|bị|là|có|không|này|đó|các|những|một|thì|mà|nên|vì|' +
  'để|như|từ|đến|theo|trên|dưới|sau|trước|khi|làm|vừa|mới|cũng|còn|đều|chỉ|rất|yêu|công|ban|tổ|triển|đề|' +
  'kiểm|phối|thông|khẳng|tiếp|xử|quyết|phê|gửi|đưa|tăng|giảm|nhận|trả|nêu|nói|hướng|tham|chủ|dự|lựa|kêu|' +
  'họp|tiến|thực|đánh|xem|xét|bác|tuyên|phát|hỗ|giao|chịu|cấp|ra|vào|lên|xuống|đi|cần|phải|muốn|nhằm|' +
  'hay|hoặc|nhưng|song|gồm|thuộc|trực|luôn|vẫn|chưa|bổ|điều|quản|chuẩn|tạo|lập|mở|đóng|thu|chi|mua|bán|' +
  'đặt|giữ|đạt|bảo|biết|năm|tháng|ngày|sáng|chiều|tối|lần|hôm|nay|mai|đây|kia|ấy|nào|gì|ai|sao|bao|' +
  'nhiều|ít|hơn|nhất|lại|rồi|nữa|thêm|cùng|riêng|chung|mỗi|mọi|toàn|cả|tất|vốn|đây|chính|ngay|trong|' +
  'tỉnh|thành|quận|huyện|xã|phường|thị|khu|số|thứ|lúc|hiện|sớm|kịp|liên|đồng|vừa|từng|cũ|mới|trao|tặng|' +
  'thăm|chúc|dâng|viếng|dẫn|chào|đón|tiễn|mời|báo|cáo|trình|ký|ban|khen|kỷ|cách|miễn|bầu|cử|chọn|bắt|' +
  'khởi|truy|điều|đình|tạm|cho|phạt|thanh|giám|đôn|rà|siết|chấn|ngăn|chống|phòng|tổng|sơ|đối|vận|sử|' +
  'dùng|áp|ứng|thi|đẩy|kéo|nâng|hạ|cắt|tháo|gỡ|mất|thiếu|thừa|dư|nợ|vay|cam|hứa|lo|sợ|mong|tin|đề';
