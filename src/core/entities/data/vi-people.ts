/**
 * Words around Vietnamese personal names. Source: general knowledge of Vietnamese naming (the common
 * family names cover well over 95% of the population) and of news register; hand-written.
 */

/** Family names, which open a full Vietnamese name ("Nguyễn Văn Định"). */
export const VI_SURNAMES =
  'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đoàn|Đinh|Trương|Lương|Mai|' +
  'Trịnh|Lâm|Cao|Tạ|Hà|Chu|Đào|Vương|Từ|Thái|Tống|Triệu|Quách|Lại|La|Kiều|Phùng|Đàm|Âu|Lưu|Nông|Hứa|' +
  'Khuất|Tô|Châu|Lục|Thân|Kim|Giang|Tôn|Mạc|Ông|Văn|Diệp|Đồng|Doãn|Khúc|Nghiêm|Quan|Hầu|Lò|Cù|Bế|Sầm|' +
  'Đậu|Thạch|Danh|Y|Ksor|Rơ|Siu|Hoàng|Lã|Mã|Ninh|Tăng|Viên|Giáp|Phí|Lều|Mẫn|Chế|Ung|Hàn|Bạch|Thiều|Ngọ|' +
  'Nhữ|Trình|Khổng|Cung|' +
  // Less common Kinh family names and family names of the Central Highlands and the north-west.
  'Tất|Ngụy|Lữ|Lư|Khương|Bành|Ôn|Nhâm|Điểu|Cầm|Lường|Quàng|Tòng|Giàng|Sùng|Thào|Rah|Kpă|Niê|Bàn|' +
  // Family names of the Tày, Thái, Hmông and Dao in the northern uplands ("Ma" left out: "Buôn Ma Thuột").
  'Vi|Vàng|Mùa|Lầu|Vừ|Chảo|Phàn|Đèo|Tẩn';

/** Honorifics and courtesy words before a name; excluded from the span (guidelines). */
export const VI_HONORIFICS =
  'ông|bà|đồng chí|ngài|các ông|các bà|các đồng chí|hai ông|hai bà|' +
  // Cambodia's honorific of the highest officials ("Samdech Heng Samrin").
  'samdech|samdech techo';

/** Kinship words before the name of someone who is not presented as an official. */
export const VI_PLAIN_HONORIFICS = 'anh|chị|em|cháu|cụ|bé|cô|chú|bác|thầy';

/**
 * Capitalised words that open sentences or headings and are never part of a name, so that "Theo Phó Bí
 * thư" or "Tại Hà Nội" is not read as a name.
 */
export const VI_NOT_NAME =
  'Theo|Tại|Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Năm|Tháng|Hôm|Sau|Trước|Trong|Ngoài|Khi|Với|Về|Từ|Đến|Cùng|' +
  'Cũng|Thay|Qua|Do|Để|Vì|Nhằm|Đây|Đó|Này|Các|Những|Một|Hai|Ba|Bốn|Mỗi|Mọi|Ông|Bà|Anh|Chị|Đồng|Ảnh|' +
  'Video|Clip|Nguồn|Xem|Thêm|Tin|Bài|Tiếp|Kỳ|Phần|Hội|Nghị|Quyết|Định|Chỉ|Thị|Luật|Điều|Khoản|Chương|' +
  'Mục|Đảng|Nhà|Nước|Ương|Tỉnh|Phố|Quận|Huyện|Xã|Phường|Thủ|Đô|Phó|Tổng|Bí|Thư|Chủ|Tịch|Trưởng|Ủy|Viên|' +
  'Ban|Bộ|Cục|Vụ|Sở|Viện|Đại|Biểu|Thường|Trực|Cụ|Thể|Tuy|Nhiên|Ra|Đặc|Biệt|Mặt|Khác|Còn|Là|Và|Hoặc|' +
  'Nhưng|Nếu|Thì|Mà|Ai|Gì|Đâu|Sao|Bởi|Tuyên|Giáo|Tổ|Chức|Kiểm|Tra|Vận|Trị|Phủ|Đội|Sư|Ty|Tạp|Chí|Báo|' +
  'Đài|Học|Trường|Khoa|Lớp|PV|TTXVN|UBND|HĐND|Internet|Facebook|Google|Zalo|Youtube|Thông|Kết|Luận|Tờ|' +
  'Trình|Đề|Án|Dự|Kế|Hoạch|Chiến|Lược|Cách|Mạng|Phiên|Họp|Lễ|Buổi|Cuộc|Tết|Tuần|Ngành|Cấp|Lần|Thứ|Số';
