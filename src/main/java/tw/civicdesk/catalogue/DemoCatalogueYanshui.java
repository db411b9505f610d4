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
import static tw.civicdesk.catalogue.ServiceCategory.AGRICULTURE;
import static tw.civicdesk.catalogue.ServiceCategory.ENVIRONMENT;
import static tw.civicdesk.catalogue.ServiceCategory.MEDIATION;
import static tw.civicdesk.catalogue.ServiceCategory.MILITARY_SERVICE;
import static tw.civicdesk.catalogue.ServiceCategory.SOCIAL_WELFARE;

import java.util.List;
import tw.civicdesk.catalogue.DemoCatalogue.DemoService;
import tw.civicdesk.catalogue.DemoCatalogue.ServiceBuilder;

/**
 * Demo services of 臺南市鹽水區公所. The plan offers 入營服役證明, 調解不成立證明書 and 低收、 中低收入證明 online. The demo
 * organisation has no civil affairs section here, so military service and mediation sit with the
 * Social Affairs Section.
 */
final class DemoCatalogueYanshui {

  private static final String AGENCY = "TN-YANSHUI";
  private static final String MEDIATION_ACT = "鄉鎮市調解條例";
  private static final String MEDIATION_ACT_EN =
      "Township and County-Administered City Mediation Act";

  private DemoCatalogueYanshui() {}

  static List<DemoService> services() {
    return List.of(
        militaryServiceCertificate(),
        mediation(),
        mediationFailureCertificate(),
        lowIncome(),
        lowIncomeCertificate(),
        emergencyRelief(),
        disabilityAllowance(),
        disasterRelief(),
        farmlandUseCertificate(),
        agriculturalDisasterRelief(),
        farmFacilityPermit(),
        bulkyWaste(),
        applianceRecycling());
  }

  private static DemoService militaryServiceCertificate() {
    return service("YANSHUI-MILITARY-SERVICE-CERT", AGENCY, "SOCIAL", MILITARY_SERVICE)
        .name("入營服役證明", "Certificate of military service")
        .summary(
            "為在營服役中的役男開立證明，可臨櫃或線上申請。",
            "Certifies that a conscript is serving; apply at the counter or online.")
        .description(
            "役男入營後，本人或家屬可申請入營服役證明，供家屬權益、租稅或學校事務使用。臨櫃" + "申請當場核發；經區公所網站「線上申請」專區申請者，審核後於1個工作天內寄發。",
            "After enlistment the conscript or his family can ask for this certificate, used "
                + "for family benefits, tax or school matters. It is issued on the spot at the "
                + "counter; requests made in the online services area of the district office "
                + "website are checked and posted within one working day.")
        .law("兵役法、兵役法施行法", "Military Service Act; Enforcement Act of the Military Service Act")
        .step("臨櫃或線上填寫申請", "Apply at the counter or online")
        .step("查核兵籍資料", "The clerk checks the conscription records")
        .step("核發或寄發證明", "The certificate is handed over or posted")
        .doc("申請書", "Application form")
        .eDoc(
            "役男國民身分證影本（可由戶役政系統查驗）",
            "Copy of the conscript's ID card (can be checked in the registration system)")
        .channels(COUNTER, ONLINE)
        .limit(workingDays(1))
        .fields(DemoCatalogueYanshui::conscriptAndPurpose)
        .build();
  }

  private static DemoService mediation() {
    return service("YANSHUI-MEDIATION", AGENCY, "SOCIAL", MEDIATION)
        .name("民事及告訴乃論刑事事件調解聲請", "Mediation of civil and complaint-only criminal cases")
        .summary(
            "由區調解委員會免費協助當事人解決糾紛。",
            "The district mediation committee helps parties settle disputes, free of charge.")
        .description(
            "車禍、債務、相鄰、租賃等民事糾紛及告訴乃論之刑事事件，可向區調解委員會聲請" + "調解。調解成立者，調解書經法院核定後與確定判決有同一效力；調解不收費用。",
            "Civil disputes such as traffic accidents, debts, neighbour or tenancy quarrels, and "
                + "offences prosecuted only on complaint, can be mediated by the district "
                + "committee. A settlement approved by the court has the force of a final "
                + "judgment. Mediation is free.")
        .law(MEDIATION_ACT, MEDIATION_ACT_EN)
        .step("填寫聲請書", "Fill in the application")
        .step("排定調解期日並通知雙方", "A date is set and both parties summoned")
        .step("召開調解會議", "The mediation session takes place")
        .step("調解書送法院核定", "A settlement is sent to the court for approval")
        .doc("調解聲請書", "Mediation application")
        .doc("聲請人國民身分證", "Applicant's ID card")
        .doc("相關證據資料", "Supporting evidence")
        .channels(COUNTER, MAIL)
        .limit(calendarDays(15))
        .build();
  }

  private static DemoService mediationFailureCertificate() {
    return service("YANSHUI-MEDIATION-FAILURE-CERT", AGENCY, "SOCIAL", MEDIATION)
        .name("調解不成立證明書", "Certificate of failed mediation")
        .summary(
            "調解不成立時申請證明書，可臨櫃、郵寄或線上申請。",
            "Certificate that mediation failed; apply at the counter, by post or online.")
        .description(
            "調解不成立者，當事人得聲請發給調解不成立證明書，依法應於聲請後七日內發給。" + "線上申請者須以自然人憑證驗證身分，證明書以掛號郵寄。",
            "When mediation fails, either party may ask for this certificate, which the law "
                + "requires within seven days. Online requests are signed with a citizen digital "
                + "certificate and the certificate is sent by registered post.")
        .law(MEDIATION_ACT, MEDIATION_ACT_EN)
        .step("提出聲請", "Submit the request")
        .step("查核調解紀錄", "The mediation record is checked")
        .step("發給或寄送證明書", "The certificate is issued or posted")
        .doc("申請書", "Application form")
        .eDoc(
            "聲請人身分證明（線上申請以自然人憑證驗證）",
            "Proof of identity (a citizen digital certificate when applying online)")
        .channels(COUNTER, ONLINE, MAIL)
        .limit(calendarDays(7))
        .target(calendarDays(3))
        .field(
            "mediationNumber",
            FieldType.TEXT,
            true,
            "調解案號（例如：113年民調字第25號）",
            "Mediation case number (for example: 113 Min-Tiao No. 25)")
        .field("mediatedOn", FieldType.DATE, true, "調解期日", "Date of the mediation meeting")
        .field("otherParty", FieldType.TEXT, true, "對造當事人姓名", "Name of the other party")
        .choiceField(
            "purpose",
            true,
            "證明用途",
            "What the certificate is for",
            choice("civil-suit", "向法院提起民事訴訟", "To bring a civil suit"),
            choice("criminal-complaint", "提出刑事告訴", "To file a criminal complaint"),
            choice("other", "其他", "Other"))
        .build();
  }

  private static DemoService lowIncome() {
    return service("YANSHUI-LOW-INCOME", AGENCY, "SOCIAL", SOCIAL_WELFARE)
        .name("低收入戶及中低收入戶資格申請", "Low-income and lower-middle-income household status")
        .summary(
            "家庭收入及財產低於標準者，申請低收入戶或中低收入戶資格。",
            "Households below the income and asset thresholds apply for assistance status.")
        .description(
            "區公所受理申請後，以跨機關電子查驗調閱全戶戶籍及財稅資料，免附紙本謄本，並派員" + "家庭訪視後陳報市政府社會局核定。核定後可領取生活扶助及各項補助。",
            "The district office retrieves the household's registration and tax records "
                + "electronically, so no paper transcripts are needed, visits the family and "
                + "sends the case to the city's Social Affairs Bureau for a decision. Approved "
                + "households receive living assistance and other help.")
        .law("社會救助法", "Public Assistance Act")
        .step("填寫申請表並繳交文件", "Fill in the form and hand in the documents")
        .step("電子查驗戶籍及財稅資料", "Registration and tax records are checked online")
        .step("社工員家庭訪視", "A social worker visits the family")
        .step("陳報社會局核定", "The Social Affairs Bureau decides")
        .step("通知核定結果", "The applicant is notified")
        .doc("申請表", "Application form")
        .eDoc("全戶戶籍資料", "Registration records of the whole household")
        .eDoc("全戶財稅資料", "Tax records of the whole household")
        .doc("申請人存摺封面影本", "Copy of the applicant's bankbook cover")
        .channels(COUNTER)
        .limit(workingDays(30))
        .target(workingDays(20))
        .build();
  }

  private static DemoService lowIncomeCertificate() {
    return service("YANSHUI-LOW-INCOME-CERT", AGENCY, "SOCIAL", SOCIAL_WELFARE)
        .name("低收入戶、中低收入戶證明", "Certificate of low-income household status")
        .summary(
            "已核定資格者申請證明書，可臨櫃或線上申請。",
            "Certificate for approved households; apply at the counter or online.")
        .description(
            "經核定為低收入戶或中低收入戶者，可申請證明書供減免及補助使用。臨櫃申請當場核發；" + "線上申請者經社政系統查核資格後，於1個工作天內寄發。",
            "Approved households can get a certificate for fee waivers and subsidies. At the "
                + "counter it is issued on the spot; online requests are checked in the welfare "
                + "system and posted within one working day.")
        .law("社會救助法", "Public Assistance Act")
        .step("臨櫃或線上提出申請", "Apply at the counter or online")
        .step("於社政系統查核資格", "The status is checked in the welfare system")
        .step("核發或寄發證明", "The certificate is handed over or posted")
        .doc("國民身分證", "ID card")
        .channels(COUNTER, ONLINE)
        .limit(workingDays(1))
        .field(
            "nationalId",
            FieldType.NATIONAL_ID,
            true,
            "申請人國民身分證統一編號",
            "Applicant's national ID number")
        .choiceField(
            "purpose",
            true,
            "證明用途",
            "What the certificate is for",
            choice("fees", "規費或學雜費減免", "Fee or tuition waiver"),
            choice("subsidy", "申請補助", "Applying for a subsidy"),
            choice("other", "其他", "Other"))
        .field("copies", FieldType.NUMBER, false, "申請份數", "Number of copies")
        .build();
  }

  private static DemoService emergencyRelief() {
    return service("YANSHUI-EMERGENCY-RELIEF", AGENCY, "SOCIAL", SOCIAL_WELFARE)
        .name("急難救助", "Emergency relief")
        .summary("家庭遭遇變故、生活陷入困境時，申請急難救助金。", "One-off relief for households suddenly in hardship.")
        .description(
            "負家庭主要生計責任者死亡、失蹤、罹患重傷病或遭遇其他變故致生活困難者，可向" + "區公所申請。區公所派員訪視後，於權限內先行核發，超過權限者陳報市政府核定。",
            "Households whose main earner has died, gone missing or fallen seriously ill, or "
                + "who face another crisis, can apply. After a home visit the district office "
                + "pays within its own authority and refers larger cases to the city government.")
        .law("社會救助法", "Public Assistance Act")
        .step("提出申請或由里長、社工轉介", "Apply, or be referred by a borough chief or social worker")
        .step("派員訪視", "A staff member visits")
        .step("核定並撥款", "The relief is decided and paid")
        .doc("申請表", "Application form")
        .eDoc("全戶戶籍資料", "Registration records of the whole household")
        .doc("事故證明（如診斷證明、死亡證明）", "Proof of the crisis, e.g. a medical certificate")
        .doc("申請人存摺封面影本", "Copy of the applicant's bankbook cover")
        .channels(COUNTER, PHONE)
        .limit(workingDays(7))
        .target(workingDays(3))
        .build();
  }

  private static DemoService disabilityAllowance() {
    return service("YANSHUI-DISABILITY-ALLOWANCE", AGENCY, "SOCIAL", SOCIAL_WELFARE)
        .name("身心障礙者生活補助", "Living allowance for people with disabilities")
        .summary(
            "領有身心障礙證明且家庭經濟符合標準者，按月領取生活補助。",
            "A monthly allowance for people with a disability certificate and low household means.")
        .description(
            "領有身心障礙證明、設籍並實際居住本市，且家庭收入及財產符合標準者，可向區公所" + "申請。補助金額依障礙等級及家庭經濟狀況而定，經市政府核定後按月發給。",
            "Residents with a disability certificate whose household income and assets are "
                + "below the thresholds can apply at the district office. The amount depends on "
                + "the degree of disability and the household's means; the city decides and pays "
                + "monthly.")
        .law(
            "身心障礙者權益保障法、身心障礙者生活補助費發給辦法",
            "People with Disabilities Rights Protection Act; Regulations on Living Allowances "
                + "for People with Disabilities")
        .step("填寫申請表", "Fill in the form")
        .step("查核障礙及財稅資料", "Disability and tax records are checked")
        .step("陳報市政府核定", "The city government decides")
        .step("核定後按月撥入帳戶", "Once approved, the allowance is paid monthly")
        .doc("申請表", "Application form")
        .eDoc("身心障礙證明", "Disability certificate")
        .eDoc("全戶財稅資料", "Tax records of the whole household")
        .doc("申請人存摺封面影本", "Copy of the applicant's bankbook cover")
        .channels(COUNTER)
        .limit(workingDays(30))
        .target(workingDays(20))
        .build();
  }

  private static DemoService disasterRelief() {
    return service("YANSHUI-DISASTER-RELIEF", AGENCY, "SOCIAL", SOCIAL_WELFARE)
        .name("災害救助金（水災、風災、火災）", "Disaster relief payments")
        .summary(
            "住屋淹水、毀損或家人傷亡的受災戶，申請災害救助金。",
            "Relief for households whose home was flooded or damaged, or who lost family.")
        .description(
            "因水災、風災、火災等災害致死亡、失蹤、重傷，或住屋淹水達規定高度、毀損不堪居住" + "者，可於災害發生後3個月內向區公所申請。區公所派員現場勘查，依救助種類及標準核發。",
            "Households hit by floods, typhoons or fire, with deaths, missing persons, serious "
                + "injuries, a home flooded above the set depth or made uninhabitable, can apply "
                + "within three months. Staff inspect the site, and relief is paid at the "
                + "statutory rates.")
        .law(
            "災害防救法、水災災害救助種類及標準",
            "Disaster Prevention and Protection Act; Standards for Flood Disaster Relief")
        .step("填寫申請表並提供受災照片", "Fill in the form with photos of the damage")
        .step("派員現場勘查", "Staff inspect the site")
        .step("審核救助種類及金額", "The kind and amount of relief are decided")
        .step("撥款並通知", "The relief is paid and the applicant notified")
        .doc("申請表", "Application form")
        .doc("受災現場照片", "Photos of the damage")
        .eDoc("全戶戶籍資料", "Registration records of the whole household")
        .doc("申請人存摺封面影本", "Copy of the applicant's bankbook cover")
        .channels(COUNTER)
        .limit(workingDays(30))
        .target(workingDays(14))
        .build();
  }

  private static DemoService farmlandUseCertificate() {
    return service("YANSHUI-FARMLAND-USE-CERT", AGENCY, "AGRI-WORKS", AGRICULTURE)
        .name("農業用地作農業使用證明書", "Certificate of agricultural use of farmland")
        .summary(
            "農地移轉或繼承申請免徵稅捐時，須先取得農業使用證明。",
            "Needed for tax exemptions when farmland is sold, given or inherited.")
        .description(
            "農業用地移轉、贈與或繼承，須檢附本證明才能申請免徵土地增值稅、遺產稅或贈與稅。" + "區公所書面審查後會同申請人現場會勘，確認土地確實作農業使用且無違規使用後核發。",
            "This certificate is required to claim exemption from land value increment, estate "
                + "or gift tax on farmland. After checking the papers, staff inspect the land "
                + "with the applicant and issue the certificate if it is farmed and free of "
                + "unauthorised uses.")
        .law(
            "農業發展條例、農業用地作農業使用認定及核發證明辦法",
            "Agricultural Development Act; Regulations on Certifying Agricultural Land in "
                + "Agricultural Use")
        .step("繳費並送件", "Pay the fee and hand in the application")
        .step("書面審查", "The papers are checked")
        .step("會同申請人現場會勘", "Staff inspect the land with the applicant")
        .step("核發證明書", "The certificate is issued")
        .doc("申請書", "Application form")
        .eDoc("申請人身分證明（可由戶役政系統查驗）", "Proof of identity (checked online)")
        .eDoc("土地登記謄本", "Land register transcript")
        .eDoc("地籍圖謄本", "Cadastral map transcript")
        .doc("現況照片", "Photos of the land as it is")
        .doc("土地使用分區證明（都市計畫內土地）", "Zoning certificate, for urban-plan land")
        .fee(
            500,
            "一筆500元，每增加一筆加收300元；多份證明書每份100元",
            "NT$500 for one parcel, NT$300 for each further parcel, NT$100 per extra copy")
        .channels(COUNTER)
        .limit(workingDays(15))
        .target(workingDays(10))
        .build();
  }

  private static DemoService agriculturalDisasterRelief() {
    return service("YANSHUI-AGRI-DISASTER-RELIEF", AGENCY, "AGRI-WORKS", AGRICULTURE)
        .name("農業天然災害現金救助", "Cash relief for agricultural disaster losses")
        .summary(
            "農業部公告救助後，受災農民於公告期間內向區公所申請現金救助。",
            "After a declared disaster, farmers claim cash relief at the district office.")
        .description(
            "颱風、豪雨、寒害等天然災害造成農作物、畜禽或漁產損失，經農業部公告救助地區及"
                + "項目後，受災農民應於公告期間內提出申請。區公所辦理查核及現場抽查，審核後由中央"
                + "撥付救助金至農民帳戶。",
            "When typhoons, heavy rain or cold snaps damage crops, livestock or fish farms and "
                + "the Ministry of Agriculture declares relief for the area, farmers apply "
                + "within the announced period. The district office checks the claims and "
                + "samples fields on site; the relief is paid into the farmer's account.")
        .law(
            "農業發展條例、農業天然災害救助辦法",
            "Agricultural Development Act; Regulations on Relief for Agricultural Natural "
                + "Disasters")
        .step("於公告期間內填寫申請書", "Apply within the announced period")
        .step("查核土地及耕作資料", "Land and farming records are checked")
        .step("現場抽查勘查", "Fields are inspected on a sample basis")
        .step("審核後撥付救助金", "Approved relief is paid")
        .doc("申請書", "Application form")
        .eDoc("申請人身分證明（可由戶役政系統查驗）", "Proof of identity (checked online)")
        .eDoc("土地登記謄本或租賃契約", "Land register transcript or lease")
        .doc("受災照片", "Photos of the damage")
        .doc("申請人存摺封面影本", "Copy of the applicant's bankbook cover")
        .channels(COUNTER)
        .limit(workingDays(30))
        .build();
  }

  private static DemoService farmFacilityPermit() {
    return service("YANSHUI-FARM-FACILITY-PERMIT", AGENCY, "AGRI-WORKS", AGRICULTURE)
        .name("農業用地容許作農業設施使用申請", "Permit to build farm facilities on farmland")
        .summary(
            "在農地上興建資材室、溫室、畜禽舍等設施前，申請容許使用。",
            "Permission needed before building sheds, greenhouses or barns on farmland.")
        .description(
            "在農業用地興建農業資材室、溫網室或畜禽舍等農業設施，須先取得容許使用同意。申請"
                + "書件向土地所在地區公所提出，區公所初審及會勘後轉送市政府農業局核定；取得同意後，"
                + "再依建築法令申請執照。",
            "Storage sheds, greenhouses and animal housing on farmland need prior permission. "
                + "Apply at the district office where the land lies; it checks the application, "
                + "inspects the site and passes it to the city's Agriculture Bureau for a "
                + "decision. A building permit is applied for afterwards.")
        .law(
            "申請農業用地作農業設施容許使用審查辦法",
            "Regulations on Permitted Use of Agricultural Land for Agricultural Facilities")
        .step("送件並說明經營計畫", "Hand in the application and farming plan")
        .step("區公所初審及會勘", "The district office checks and inspects")
        .step("轉送農業局核定", "The Agriculture Bureau decides")
        .step("通知核定結果", "The applicant is notified")
        .doc("申請書", "Application form")
        .doc("農業經營計畫書", "Farming plan")
        .eDoc("申請人身分證明（可由戶役政系統查驗）", "Proof of identity (checked online)")
        .eDoc("土地登記謄本", "Land register transcript")
        .eDoc("地籍圖謄本", "Cadastral map transcript")
        .doc("設施配置圖", "Site plan of the facility")
        .channels(COUNTER)
        .limit(workingDays(30))
        .target(workingDays(20))
        .build();
  }

  private static DemoService bulkyWaste() {
    return service("YANSHUI-BULKY-WASTE", AGENCY, "CLEANING", ENVIRONMENT)
        .name("大型廢棄物清運", "Collection of bulky waste")
        .summary(
            "預約清潔隊到府收運家具、床墊等大型廢棄物。",
            "Book the sanitation team to collect furniture and mattresses.")
        .description(
            "家具、床墊等大型廢棄物不可隨一般垃圾丟棄，請以電話、網路或臨櫃預約，清潔隊依" + "路線排定收運日期，並於約定時間放置於門口。",
            "Furniture and mattresses may not go out with household rubbish. Book by phone, "
                + "online or at the counter; the team sets a date on its route and you leave the "
                + "items outside at the agreed time.")
        .law("廢棄物清理法", "Waste Disposal Act")
        .step("預約並說明品項及數量", "Book, stating the items and how many")
        .step("排定收運日期並通知", "A collection date is set and you are told")
        .step("清潔隊收運", "The team collects the items")
        .doc("清運預約資料（地址、品項及數量）", "Booking details: address, items and quantity")
        .channels(COUNTER, PHONE, ONLINE)
        .limit(workingDays(7))
        .target(workingDays(5))
        .field("address", FieldType.ADDRESS, true, "收運地址", "Collection address")
        .field(
            "items",
            FieldType.PARAGRAPH,
            true,
            "品項及數量（例如：雙人床墊1張、衣櫃1座）",
            "Items and how many (for example: 1 double mattress, 1 wardrobe)")
        .field(
            "placement",
            FieldType.TEXT,
            true,
            "放置地點（例如：1樓騎樓）",
            "Where the items will be left (for example: the arcade on the ground floor)")
        .field("preferredDate", FieldType.DATE, false, "希望收運日期", "Preferred date")
        .build();
  }

  private static DemoService applianceRecycling() {
    return service("YANSHUI-APPLIANCE-RECYCLING", AGENCY, "CLEANING", ENVIRONMENT)
        .name("廢家電及廢資訊物品到府回收", "Home collection of old appliances and computers")
        .summary(
            "冰箱、洗衣機、電視、電腦等廢家電及廢資訊物品，預約清潔隊免費回收。",
            "Free collection of old fridges, washing machines, TVs and computers.")
        .description(
            "公告應回收的廢家電及廢資訊物品，可預約清潔隊免費到府回收，交由合格回收處理業者" + "處理。請保持物品完整，勿自行拆解。",
            "Appliances and IT equipment covered by the recycling scheme are collected free of "
                + "charge and passed to licensed recyclers. Please leave them whole; do not take "
                + "them apart.")
        .law("廢棄物清理法", "Waste Disposal Act")
        .step("預約並說明品項", "Book, stating the items")
        .step("排定收運日期", "A collection date is set")
        .step("清潔隊到府收運", "The team collects the items from your home")
        .doc("回收預約資料（地址、品項及數量）", "Booking details: address, items and quantity")
        .channels(PHONE, ONLINE)
        .limit(workingDays(7))
        .field("address", FieldType.ADDRESS, true, "收運地址", "Collection address")
        .field(
            "items",
            FieldType.PARAGRAPH,
            true,
            "品項、品牌及數量（例如：電視機1台、桌上型電腦1台）",
            "Items, makes and how many (for example: 1 television, 1 desktop computer)")
        .choiceField(
            "floor",
            true,
            "物品所在樓層",
            "Which floor the items are on",
            choice("ground", "1樓", "Ground floor"),
            choice("upper-lift", "2樓以上，有電梯", "Upper floor, with a lift"),
            choice("upper-stairs", "2樓以上，無電梯", "Upper floor, stairs only"))
        .field("preferredDate", FieldType.DATE, false, "希望收運日期", "Preferred date")
        .build();
  }

  /** The conscript, who asks for the certificate, what it is for and how many copies. */
  private static ServiceBuilder conscriptAndPurpose(ServiceBuilder b) {
    return b.field("conscriptName", FieldType.TEXT, true, "役男姓名", "The conscript's name")
        .field(
            "conscriptId",
            FieldType.NATIONAL_ID,
            true,
            "役男國民身分證統一編號",
            "The conscript's national ID number")
        .field("birthDate", FieldType.DATE, true, "役男出生日期", "The conscript's date of birth")
        .field("enlistedOn", FieldType.DATE, true, "入營日期", "Date of enlistment")
        .choiceField(
            "relation",
            true,
            "申請人與役男關係",
            "You are the conscript's",
            choice("self", "本人", "Self"),
            choice("parent", "父母", "Parent"),
            choice("spouse", "配偶", "Spouse"),
            choice("other", "其他家屬", "Other family member"))
        .choiceField(
            "purpose",
            true,
            "證明用途",
            "What the certificate is for",
            choice("family-aid", "家屬生活扶助", "Family living allowance"),
            choice("tax", "租稅減免", "Tax relief"),
            choice("school", "學校事務", "School matters"),
            choice("work", "留職停薪或工作", "Unpaid leave or work"),
            choice("other", "其他", "Other"))
        .field("copies", FieldType.NUMBER, true, "申請份數", "Number of copies");
  }
}
