/**
 * Vietnamese office nouns (the head of a title). Source: the nomenclature of posts in the Party, the State,
 * the National Assembly, the Government, the courts and procuracies, the armed forces and state firms, as
 * used in Vietnamese official news; hand-written from general knowledge of that structure.
 * Matching is case-insensitive; "Phó", "Tổng", "Quyền" and the modifiers are handled by the grammar.
 */
export const VI_TITLE_NOUNS =
  'bí thư|chủ tịch|tổng kiểm toán nhà nước|chủ tịch nước|thủ tướng|bộ trưởng|thứ trưởng|trưởng ban|trưởng|ủy viên|thành ủy viên|' +
  'tỉnh ủy viên|huyện ủy viên|quận ủy viên|thị ủy viên|đảng ủy viên|chánh văn phòng|chánh án|chánh thanh tra|' +
  'chủ nhiệm|giám đốc|cục trưởng|vụ trưởng|viện trưởng|hiệu trưởng|biên tập|tổng biên tập|trưởng đoàn|' +
  'trưởng phòng|trưởng khoa|đại biểu|đại sứ|lãnh sự|tổng lãnh sự|tư lệnh|chính ủy|' +
  'tham mưu trưởng|chỉ huy trưởng|thư ký|tổng thư ký|người phát ngôn|kiểm toán|tổng kiểm toán|tổng thanh tra|' +
  'thống đốc|kiểm sát viên|thẩm phán|chuyên viên|trợ lý|chánh|hiệu phó|trưởng trạm|trưởng công an|' +
  'trưởng thôn|trưởng ấp|trưởng khu phố|chủ tịch hội đồng quản trị|chủ tịch hđqt|tổng giám đốc|' +
  'giám đốc điều hành|kế toán trưởng|thanh tra viên|điều tra viên|chấp hành viên|tổng cục trưởng|' +
  'chi cục trưởng|trưởng đại diện|tổng lãnh sự|bí thư thứ nhất|tùy viên|đại biện|cố vấn|' +
  'trưởng ban chỉ đạo|trưởng tiểu ban|tổng thống|quốc vương|nhà vua|hoàng thân|ngoại trưởng|' +
  'thị trưởng|thống đốc bang|thượng nghị sĩ|hạ nghị sĩ|nghị sĩ|chủ tịch hạ viện|chủ tịch thượng viện|' +
  'tổng thư ký liên hợp quốc|giám đốc sở|phó giám đốc sở|đoàn trưởng|sư đoàn trưởng|lữ đoàn trưởng|' +
  'trung đoàn trưởng|tiểu đoàn trưởng|đại đội trưởng|đồn trưởng|chỉ huy phó|chính trị viên|giám thị|' +
  'quản đốc|trưởng phòng cảnh sát|tổ trưởng|phó tổ trưởng|chủ tịch công đoàn|bí thư chi bộ|thủ trưởng|' +
  // A state firm's members' council: the organ is not a body (guidelines), the office is.
  'chủ tịch hđtv|chủ tịch hội đồng thành viên|thành viên hđtv|thành viên hđqt|thường trực ban bí thư|' +
  // The State Audit's regional auditor-general; an assistant minister (diplomatic and ministerial news).
  'kiểm toán trưởng|trợ lý bộ trưởng|' +
  // A commune's civil servants by their field ("công chức địa chính xã", "cán bộ tư pháp - hộ tịch").
  'công chức địa chính|cán bộ địa chính|công chức tư pháp|cán bộ tư pháp|công chức văn hóa|cán bộ văn hóa|' +
  'công chức tài chính|cán bộ tài chính|công chức văn phòng|công chức kế toán|cán bộ kế toán|' +
  // Judicial and civil-service grades, written after the office noun ("Kiểm sát viên cao cấp").
  'kiểm sát viên cao cấp|kiểm sát viên trung cấp|kiểm sát viên sơ cấp|thẩm phán cao cấp|thẩm phán trung cấp|' +
  'thẩm phán sơ cấp|điều tra viên cao cấp|điều tra viên trung cấp|điều tra viên sơ cấp|thanh tra viên cao cấp|' +
  'thanh tra viên chính|chuyên viên cao cấp|chuyên viên chính|kiểm toán viên|kiểm toán viên cao cấp|' +
  'kiểm toán viên chính|' +
  // Two offices held together, joined by a dash ("Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ").
  'chủ tịch - tổng thư ký|chủ tịch hđqt - tổng giám đốc|chủ tịch hđtv - tổng giám đốc';

/** Military and police ranks: titles of their own ("Thượng tướng Nguyễn Chí Vịnh"). */
export const VI_RANKS =
  'đại tướng|thượng tướng|trung tướng|thiếu tướng|đại tá|thượng tá|trung tá|thiếu tá|đại úy|thượng úy|' +
  'trung úy|thiếu úy|đô đốc|phó đô đốc|chuẩn đô đốc|binh nhất|binh nhì|hạ sĩ|trung sĩ|thượng sĩ';

/** Words before the office noun that change its meaning and stay in the title (guidelines). */
export const VI_TITLE_MODIFIERS = 'nguyên|cựu|tân|quyền|hàm|tập sự|phó|tổng|đệ nhất';

/** Words after the office noun that qualify it ("Phó Bí thư Thường trực", "Ủy viên dự khuyết"). */
export const VI_TITLE_QUALIFIERS =
  'đặc mệnh toàn quyền|' +
  'thường trực|dự khuyết|thường vụ|phụ trách|thứ nhất|chuyên trách|kiêm nhiệm|chính thức|điều hành|' +
  'thứ hai';

/**
 * Lower-case functions that narrow a firm's office before its body ("Giám đốc tài chính của CTCP …",
 * "Phó Tổng giám đốc kinh doanh Tập đoàn …"); read only when an organisation follows.
 */
export const VI_TITLE_FUNCTIONS =
  'tài chính|kinh doanh|kỹ thuật|nhân sự|pháp chế|pháp lý|đầu tư|vận hành|sản xuất|công nghệ|' +
  'công nghệ thông tin|truyền thông|tiếp thị|marketing|chiến lược|phát triển|chuyên môn|tín dụng|' +
  'quản trị rủi ro|rủi ro|đối ngoại|khối|chi nhánh|khu vực|miền bắc|miền nam|miền trung';

/**
 * Office nouns whose last word is also an organisation head: when that word is capitalised the office
 * stops before it and an organisation follows ("Trưởng Ban Tổ chức Trung ương"); in lower case the office
 * and the body are fused and nothing inside is labelled ("Trưởng ban Tuyên giáo Trung ương").
 */
export const VI_FUSED_TITLE_TAILS =
  'ban|đoàn|văn phòng|phòng|khoa|trạm|tiểu ban|ban chỉ đạo|sở|công an|ban bí thư|chi bộ';

/** Words before a title that make it a predicate or a fronted clause, not an attached title. */
export const VI_PREDICATE_BEFORE_TITLE =
  'làm|là|chức|chức danh|cương vị|giữ|nhiệm|bổ nhiệm|bầu|bầu làm|cử|cử làm|thôi|miễn nhiệm|kiêm|vị trí|' +
  'phân công|điều động|chỉ định|giới thiệu|ứng cử|đề cử';
