// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import static tw.civicdesk.calendar.TimeLimit.calendarDays;
import static tw.civicdesk.calendar.TimeLimit.workingDays;
import static tw.civicdesk.catalogue.Channel.COUNTER;
import static tw.civicdesk.catalogue.Channel.MAIL;
import static tw.civicdesk.catalogue.Channel.ONLINE;
import static tw.civicdesk.catalogue.Channel.PHONE;
import static tw.civicdesk.catalogue.DemoCatalogue.choice;
import static tw.civicdesk.catalogue.DemoCatalogue.service;
import static tw.civicdesk.catalogue.ServiceCategory.OTHER;
import static tw.civicdesk.catalogue.ServiceCategory.PLANNING;

import java.util.List;
import tw.civicdesk.catalogue.DemoCatalogue.DemoService;

/**
 * Demo services of 彰化縣政府計畫處: petitions and the 24-hour service centre named in its plan, government
 * information, research reports, and the county website and open data.
 */
final class DemoCataloguePlanning {

  private static final String AGENCY = "CH-PLANNING";
  private static final String PETITIONS = "行政程序法、行政院及所屬各機關處理人民陳情案件要點";
  private static final String PETITIONS_EN =
      "Administrative Procedure Act; Directions for the "
          + "Executive Yuan and Its Agencies on Handling Petitions";
  private static final String INFORMATION = "政府資訊公開法";
  private static final String INFORMATION_EN = "Freedom of Government Information Law";

  private DemoCataloguePlanning() {}

  static List<DemoService> services() {
    return List.of(
        petition(),
        serviceCentre(),
        publicFacilityReport(),
        governmentInformation(),
        countyPlans(),
        innovationProposal(),
        researchReports(),
        websiteAccessibility(),
        openDataRequest());
  }

  private static DemoService petition() {
    return service("CHPLAN-PETITION", AGENCY, "EVALUATION", PLANNING)
        .name("縣長信箱及人民陳情", "County magistrate's mailbox and petitions")
        .summary(
            "透過縣長信箱、書面、電話或臨櫃提出陳情、建議或檢舉。",
            "Send petitions, suggestions or reports by mailbox, letter, phone or in person.")
        .description(
            "陳情案件由本處登錄列管後分派權責機關辦理，原則於30日內答復；無法如期辦結者，經"
                + "簽准延長並以書面告知理由。陳情應載明真實姓名、聯絡方式及具體內容，否則得依規定"
                + "不予處理。",
            "Petitions are logged, assigned to the competent department and tracked; the reply "
                + "is due within 30 days. If more time is needed, an extension is approved and "
                + "the petitioner told why in writing. A petition needs a real name, contact "
                + "details and a concrete matter, or it may go unprocessed.")
        .law(PETITIONS, PETITIONS_EN)
        .step("提出陳情", "Submit the petition")
        .step("登錄並分派權責機關", "It is logged and assigned")
        .step("權責機關查處", "The department looks into it")
        .step("答復陳情人", "The petitioner receives a reply")
        .step("辦理滿意度調查", "A satisfaction survey follows")
        .doc("陳情書或線上陳情表單（含真實姓名及聯絡方式）", "Letter or online form with real name and contact details")
        .channels(COUNTER, ONLINE, PHONE, MAIL)
        .limit(calendarDays(30))
        .target(calendarDays(14))
        .field("subject", FieldType.TEXT, true, "陳情主旨", "Subject")
        .field(
            "details",
            FieldType.PARAGRAPH,
            true,
            "陳情內容（事實、理由及希望如何處理）",
            "What happened, why, and what you would like done")
        .field("location", FieldType.ADDRESS, false, "事件地點", "Where it happened")
        .build();
  }

  private static DemoService serviceCentre() {
    return service("CHPLAN-SERVICE-CENTRE", AGENCY, "RESEARCH", PLANNING)
        .name("24小時不打烊為民服務中心", "24-hour citizen service centre")
        .summary(
            "縣府一樓服務中心及24小時服務專線，全年無休受理諮詢與案件。",
            "A service desk and hotline open around the clock for questions and cases.")
        .description(
            "服務中心以單一窗口統一受理縣民的業務諮詢、陳情與跨機關公共設施維護案件，並依常見"
                + "問答資料庫即時答復；無法當場答復者登錄列管，於次一工作日內分派權責單位並追蹤至"
                + "結案。另提供視訊線上客服，方便身心障礙者使用。",
            "The centre is a single point of contact for questions, petitions and repairs that "
                + "involve several agencies, answering from a database of common questions. "
                + "Anything it cannot answer at once is logged and assigned by the next working "
                + "day, then tracked until closed. A video help desk serves people with "
                + "disabilities.")
        .law(PETITIONS, PETITIONS_EN)
        .step("臨櫃、電話或視訊提出", "Ask at the desk, by phone or by video")
        .step("依常見問答即時答復", "Answered at once where possible")
        .step("登錄並分派權責單位", "Otherwise logged and assigned")
        .step("追蹤至結案", "Tracked until closed")
        .doc("案件相關資料（如地點、照片）", "Details of the matter, e.g. place and photos")
        .channels(COUNTER, PHONE, ONLINE)
        .limit(workingDays(1))
        .choiceField(
            "topic",
            true,
            "事項類別",
            "What it is about",
            choice("application", "申辦案件", "An application"),
            choice("question", "法令或程序諮詢", "A question about rules or procedure"),
            choice("other", "其他", "Something else"))
        .field("question", FieldType.PARAGRAPH, true, "需要協助的事項", "What you need help with")
        .build();
  }

  private static DemoService publicFacilityReport() {
    return service("CHPLAN-PUBLIC-FACILITY-REPORT", AGENCY, "RESEARCH", PLANNING)
        .name("公共設施維護通報", "Reporting damaged public facilities")
        .summary(
            "全天候通報道路坑洞、路燈故障、號誌及側溝等公共設施問題。",
            "Report potholes, broken street lights, signals or blocked drains, day or night.")
        .description(
            "服務中心登錄通報後，派交縣府權責機關或鄉鎮市公所查修並列管追蹤；結案後以電話" + "進行外撥滿意度調查。",
            "The service centre logs each report and sends it to the county department or "
                + "township office responsible, tracking it until repaired. After closure staff "
                + "call back to ask how satisfied you were.")
        .law(PETITIONS, PETITIONS_EN)
        .step("通報地點及問題", "Report the place and the problem")
        .step("登錄並派交權責機關", "The report is logged and assigned")
        .step("現場查修", "The site is inspected and repaired")
        .step("結案並回電滿意度調查", "The case is closed and a follow-up call made")
        .doc("通報資料（地點、問題描述、現場照片）", "Place, description and photos")
        .channels(COUNTER, PHONE, ONLINE)
        .limit(calendarDays(30))
        .target(calendarDays(7))
        .choiceField(
            "facility",
            true,
            "設施種類",
            "Kind of facility",
            choice("streetLight", "路燈", "Street light"),
            choice("road", "道路坑洞", "Pothole"),
            choice("signal", "交通號誌", "Traffic signal"),
            choice("drain", "側溝", "Drain"),
            choice("other", "其他", "Other"))
        .field("address", FieldType.ADDRESS, true, "地點（地址或路口）", "Place (address or crossing)")
        .field("observedOn", FieldType.DATE, false, "發現日期", "Date noticed")
        .field("details", FieldType.PARAGRAPH, true, "問題描述", "What is wrong")
        .build();
  }

  private static DemoService governmentInformation() {
    return service("CHPLAN-GOV-INFO-REQUEST", AGENCY, "EVALUATION", OTHER)
        .name("政府資訊公開申請", "Request for government information")
        .summary(
            "申請閱覽、抄錄或複製縣府保有的政府資訊。",
            "Ask to read, copy or receive information held by the county government.")
        .description(
            "縣府應於受理之日起15日內決定是否提供，必要時得延長15日並通知申請人。涉及個人" + "隱私、營業秘密或依法限制公開的部分，將分離後提供或敘明不提供的理由及救濟方式。",
            "The county decides within 15 days of receipt and may extend this once by 15 days "
                + "with notice. Parts covering privacy, trade secrets or other legal exemptions "
                + "are removed, or the refusal is explained together with how to appeal.")
        .law(INFORMATION, INFORMATION_EN)
        .step(
            "提出申請，載明所需資訊、用途及提供方式",
            "Apply, describing the information, its purpose and how to receive it")
        .step("分送權責單位", "It is passed to the department concerned")
        .step("審查是否屬限制公開事項", "The department checks for exemptions")
        .step("通知准駁結果及費用", "The applicant is told the decision and any charge")
        .step("提供資訊", "The information is provided")
        .doc("政府資訊申請書", "Request form")
        .eDoc(
            "申請人身分證明（線上申請以自然人憑證驗證）",
            "Proof of identity (a citizen digital certificate when applying online)")
        .fee(0, "閱覽免費；抄錄或複製依收費標準計收", "Reading is free; copies are charged by the published scale")
        .channels(COUNTER, ONLINE, MAIL)
        .limit(calendarDays(15))
        .target(calendarDays(10))
        .govInfoRequestFields()
        .build();
  }

  private static DemoService countyPlans() {
    return service("CHPLAN-COUNTY-PLANS", AGENCY, "PLANNING", PLANNING)
        .name("縣政中長程計畫及施政計畫資料提供", "County medium-term and annual plans")
        .summary(
            "提供縣政中長程計畫、年度施政計畫及執行成果資料。",
            "Copies of the county's medium-term plans, annual plans and results.")
        .description(
            "縣政中長程計畫、年度施政計畫及執行成果均主動公開於縣府網站；需要紙本或未上網的" + "附件資料時，可向綜合規劃科申請提供。",
            "The county's medium-term plans, annual plans and results are published on its "
                + "website. For printed copies or annexes that are not online, apply to the "
                + "Comprehensive Planning Division.")
        .law(INFORMATION, INFORMATION_EN)
        .step("提出申請並說明所需資料", "Apply, saying which documents you need")
        .step("綜合規劃科查找資料", "The division finds the documents")
        .step("提供紙本或電子檔", "Printed or electronic copies are provided")
        .doc("申請書", "Request form")
        .doc("申請人身分證明文件", "Proof of identity")
        .channels(COUNTER, ONLINE)
        .limit(workingDays(5))
        .field(
            "documents",
            FieldType.PARAGRAPH,
            true,
            "所需計畫資料（名稱及年度）",
            "The plans you need (title and year)")
        .field("purpose", FieldType.TEXT, true, "申請用途", "What you will use them for")
        .choiceField(
            "delivery",
            true,
            "提供方式",
            "How to receive them",
            choice("read", "到府閱覽", "Read at the county government"),
            choice("electronic", "電子檔", "Electronic copy"),
            choice("paper", "紙本複製", "Paper copy"))
        .build();
  }

  private static DemoService innovationProposal() {
    return service("CHPLAN-INNOVATION-PROPOSAL", AGENCY, "RESEARCH", PLANNING)
        .name("民眾創新建議（縣政興革建議）", "Suggestions for improving county services")
        .summary(
            "對縣政提出具體可行的興革或創新服務建議。",
            "Propose concrete improvements or new services to the county government.")
        .description(
            "研究發展科彙整民眾建議，送權責單位評估可行性後答復建議人；經採行者列為創新服務" + "措施追蹤辦理。",
            "The Research and Development Division collects suggestions and asks the "
                + "department concerned to assess them, then replies. Adopted ideas are tracked "
                + "as service innovations.")
        .law(PETITIONS, PETITIONS_EN)
        .step("提出建議書", "Send your suggestion")
        .step("研究發展科登錄彙整", "The division logs it")
        .step("權責單位評估可行性", "The department assesses it")
        .step("答復建議人", "You receive a reply")
        .doc(
            "建議書（現況問題、具體作法及預期效益）", "Suggestion: the problem, the proposal and the expected benefit")
        .channels(COUNTER, ONLINE, MAIL)
        .limit(calendarDays(30))
        .field("title", FieldType.TEXT, true, "建議名稱", "Title of your suggestion")
        .field("current", FieldType.PARAGRAPH, true, "現況及問題", "How things are now, and the problem")
        .field("proposal", FieldType.PARAGRAPH, true, "具體建議作法", "What you suggest doing")
        .field("benefit", FieldType.PARAGRAPH, false, "預期效益", "What it would bring")
        .build();
  }

  private static DemoService researchReports() {
    return service("CHPLAN-RESEARCH-REPORTS", AGENCY, "RESEARCH", PLANNING)
        .name("研究報告及出國報告借閱", "Access to research and overseas trip reports")
        .summary(
            "借閱或影印縣府委託研究、自行研究及公務出國報告。",
            "Borrow or copy the county's commissioned research and official trip reports.")
        .description(
            "縣府研究報告及公務出國報告的電子全文多已公開於政府研究資訊系統及公務出國報告"
                + "資訊網；未公開電子檔或需調閱紙本者，可向研究發展科申請。本項目未公告處理期限，"
                + "適用行政程序法二個月的法定期間。",
            "Most reports are published in full in the government research and official trip "
                + "report systems. For reports not online, or to see the printed copy, apply to "
                + "the Research and Development Division. No processing period has been "
                + "published, so the statutory two months apply.")
        .law(
            "政府資訊公開法、行政院及所屬各機關出國報告綜合處理要點",
            "Freedom of Government Information Law; Directions on Processing Overseas Trip "
                + "Reports")
        .step("提出借閱申請", "Apply to borrow a report")
        .step("查找報告", "The division finds the report")
        .step("通知借閱或提供影本", "You are told when to read it, or sent a copy")
        .doc("借閱申請書", "Application form")
        .doc("申請人身分證明文件", "Proof of identity")
        .channels(COUNTER, ONLINE, MAIL)
        .target(workingDays(5))
        .field("reportTitle", FieldType.TEXT, true, "報告名稱", "Title of the report")
        .field("year", FieldType.NUMBER, false, "報告年度（民國年）", "Year of the report (ROC year)")
        .choiceField(
            "access",
            true,
            "借閱方式",
            "How to access it",
            choice("read", "館內閱覽", "Read on site"),
            choice("borrow", "借出", "Borrow"),
            choice("electronic", "電子檔", "Electronic copy"))
        .build();
  }

  private static DemoService websiteAccessibility() {
    return service("CHPLAN-WEB-ACCESSIBILITY", AGENCY, "IT", PLANNING)
        .name("縣府網站無障礙及網站問題反映", "Website accessibility and content problems")
        .summary(
            "反映縣府網站無法閱讀、連結失效或資訊錯誤等問題。",
            "Report pages you cannot read, broken links or wrong information.")
        .description(
            "縣府網站依網站無障礙規範建置並定期檢測。使用時遇到無法以輔助工具閱讀、連結失效" + "或資訊錯誤等問題，可線上或電話反映，資訊科查明後修正或通知權責單位更新。",
            "The county website is built to the accessibility guidelines and tested "
                + "regularly. If a page does not work with your assistive technology, a link is "
                + "broken or information is wrong, tell us online or by phone; the IT Division "
                + "fixes it or asks the department responsible to update it.")
        .law("身心障礙者權益保障法第52條之2", "People with Disabilities Rights Protection Act, article 52-2")
        .step("說明網址及問題", "Give the address and the problem")
        .step("資訊科查明原因", "The IT Division investigates")
        .step("修正或通知權責單位", "It fixes the page or asks the department to")
        .step("回覆反映人", "You receive a reply")
        .doc(
            "問題說明（網址、畫面、使用的輔助工具）", "Description: address, screen and any assistive technology used")
        .channels(ONLINE, PHONE)
        .limit(workingDays(6))
        .target(workingDays(3))
        .field("pageUrl", FieldType.TEXT, true, "網頁網址", "Address (URL) of the page")
        .field("problem", FieldType.PARAGRAPH, true, "問題說明", "What the problem is")
        .field(
            "assistiveTech",
            FieldType.TEXT,
            false,
            "使用的瀏覽器或輔助科技（例如：NVDA）",
            "Browser or assistive technology you use (for example: NVDA)")
        .build();
  }

  private static DemoService openDataRequest() {
    return service("CHPLAN-OPEN-DATA-REQUEST", AGENCY, "IT", PLANNING)
        .name("開放資料集需求申請", "Request for an open data set")
        .summary("建議縣府開放特定資料集。", "Ask the county to publish a data set as open data.")
        .description(
            "資訊科會同資料權責單位評估是否涉及個人資料或限制公開事項，並答復可否開放及預定" + "上架時間。開放資料依政府資料開放授權條款免費使用。",
            "The IT Division and the department holding the data check for personal data or "
                + "other exemptions, and reply whether and when the data set will be published. "
                + "Open data is free to use under the Open Government Data License.")
        .law(
            "政府資訊公開法、政府資料開放授權條款",
            "Freedom of Government Information Law; Open Government Data License")
        .step("線上提出需求", "Submit the request online")
        .step("會同權責單位評估", "The data holder assesses it")
        .step("答復並排定上架", "You receive a reply and a publication date")
        .doc("需求說明（資料內容、用途及格式）", "Description: contents, purpose and format")
        .channels(ONLINE)
        .limit(calendarDays(30))
        .target(calendarDays(14))
        .field("dataset", FieldType.TEXT, true, "需求資料集名稱", "Name of the data set")
        .field(
            "description",
            FieldType.PARAGRAPH,
            true,
            "資料內容及欄位說明",
            "What the data should contain, field by field")
        .field("purpose", FieldType.TEXT, true, "用途", "What you will use it for")
        .choiceField(
            "format",
            false,
            "希望格式",
            "Preferred format",
            choice("csv", "CSV", "CSV"),
            choice("json", "JSON", "JSON"),
            choice("xml", "XML", "XML"))
        .build();
  }
}
