// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import static tw.civicdesk.calendar.TimeLimit.calendarDays;
import static tw.civicdesk.calendar.TimeLimit.hours;
import static tw.civicdesk.calendar.TimeLimit.workingDays;
import static tw.civicdesk.catalogue.Channel.COUNTER;
import static tw.civicdesk.catalogue.Channel.MAIL;
import static tw.civicdesk.catalogue.Channel.ONLINE;
import static tw.civicdesk.catalogue.Channel.PHONE;
import static tw.civicdesk.catalogue.DemoCatalogue.service;
import static tw.civicdesk.catalogue.ServiceCategory.CIVIL_AFFAIRS;
import static tw.civicdesk.catalogue.ServiceCategory.ENVIRONMENT;
import static tw.civicdesk.catalogue.ServiceCategory.MEDIATION;
import static tw.civicdesk.catalogue.ServiceCategory.MILITARY_SERVICE;
import static tw.civicdesk.catalogue.ServiceCategory.OTHER;
import static tw.civicdesk.catalogue.ServiceCategory.SOCIAL_WELFARE;

import java.util.List;
import tw.civicdesk.catalogue.DemoCatalogue.DemoService;

/** Demo services of 宜蘭縣礁溪鄉公所: civil affairs, welfare, administration and sanitation. */
final class DemoCatalogueJiaoxi {

  private static final String AGENCY = "YILAN-JIAOXI";

  private DemoCatalogueJiaoxi() {}

  static List<DemoService> services() {
    return List.of(
        militaryServiceCertificate(),
        conscriptFamilyAid(),
        mediation(),
        mediationFailureCertificate(),
        columbarium(),
        lowIncome(),
        lowIncomeCertificate(),
        seniorAllowance(),
        disabilityAllowance(),
        emergencyRelief(),
        nationalPension(),
        birthSubsidy(),
        governmentInformation(),
        bulkyWaste());
  }

  private static DemoService militaryServiceCertificate() {
    return service("JIAOXI-MILITARY-SERVICE-CERT", AGENCY, "CIVIL", MILITARY_SERVICE)
        .name("入營服役證明", "Certificate of military service")
        .summary(
            "為在營服役中的役男開立證明，供本人或家屬辦理相關權益。",
            "Certifies that a conscript is serving, so that he or his family can claim benefits.")
        .description(
            "役男入營後，本人或家屬可向戶籍地公所民政課申請入營服役證明，常用於兄弟申請" + "延期入營、家屬生活扶助、租稅或學校事務。經查核兵籍資料後當場核發。",
            "Once a conscript has enlisted, he or a family member can ask the Civil Affairs "
                + "Section of his home township for this certificate. It is often needed to defer "
                + "a brother's enlistment, to claim family support, or for tax and school matters. "
                + "It is issued on the spot after a check of the conscription records.")
        .law("兵役法、兵役法施行法", "Military Service Act; Enforcement Act of the Military Service Act")
        .step("填寫申請書並出示身分證明文件", "Fill in the form and show proof of identity")
        .step("承辦人查核兵籍資料", "The clerk checks the conscription records")
        .step("核章後發給證明", "The certificate is stamped and handed over")
        .doc("申請書", "Application form")
        .eDoc(
            "役男國民身分證影本（可由戶役政系統查驗）",
            "Copy of the conscript's ID card (can be checked in the registration system)")
        .doc("代辦人國民身分證及印章", "ID card and seal of the family member applying")
        .channels(COUNTER)
        .limit(hours(1))
        .build();
  }

  private static DemoService conscriptFamilyAid() {
    return service("JIAOXI-CONSCRIPT-FAMILY-AID", AGENCY, "CIVIL", MILITARY_SERVICE)
        .name("役男家屬生活扶助", "Living support for conscripts' families")
        .summary(
            "役男入營後家庭生活陷入困難者，可申請生活扶助。",
            "Support for families left unable to make ends meet while a son serves.")
        .description(
            "役男入營服役後，家庭因此無法維持生活者，可向戶籍地公所申請一次或按月的生活" + "扶助。公所派員訪視家庭狀況後陳報縣政府核定，核定後撥入申請人帳戶。",
            "If a family cannot support itself after a conscript enlists, it can apply to the "
                + "township office for one-off or monthly support. The office visits the family "
                + "and passes the case to the county government, which decides and pays into the "
                + "applicant's bank account.")
        .law(
            "兵役法施行法、役男家屬生活扶助實施辦法",
            "Enforcement Act of the Military Service Act; Regulations on Living Support for "
                + "Conscripts' Families")
        .step("提出申請並繳交證明文件", "Submit the application and documents")
        .step("公所調閱戶籍及財稅資料", "The office retrieves registration and tax records")
        .step("派員家庭訪視", "A staff member visits the family")
        .step("陳報縣政府核定", "The county government decides")
        .step("通知結果並撥款", "The applicant is notified and the support paid")
        .doc("申請書", "Application form")
        .eDoc("全戶戶籍資料", "Registration records of the whole household")
        .eDoc("全戶財稅資料", "Tax records of the whole household")
        .eDoc("入營服役證明", "Certificate of military service")
        .doc("申請人存摺封面影本", "Copy of the applicant's bankbook cover")
        .channels(COUNTER)
        .limit(workingDays(30))
        .target(workingDays(20))
        .build();
  }

  private static DemoService mediation() {
    return service("JIAOXI-MEDIATION", AGENCY, "CIVIL", MEDIATION)
        .name("民事及告訴乃論刑事事件調解聲請", "Mediation of civil and complaint-only criminal cases")
        .summary(
            "由鄉調解委員會免費協助當事人解決民事糾紛及告訴乃論之刑事事件。",
            "The township mediation committee helps parties settle disputes, free of charge.")
        .description(
            "車禍、債務、相鄰、租賃等民事糾紛，以及傷害、毀損等告訴乃論之刑事事件，均可"
                + "聲請調解。調解成立者，調解書經法院核定後與民事確定判決有同一效力。調解除勘驗費"
                + "外不收任何費用。",
            "Civil disputes such as traffic accidents, debts, neighbour or tenancy quarrels, and "
                + "offences prosecuted only on complaint, such as minor injury or damage, can be "
                + "mediated. A settlement approved by the district court has the force of a final "
                + "civil judgment. Mediation is free apart from the cost of any site inspection.")
        .law("鄉鎮市調解條例", "Township and County-Administered City Mediation Act")
        .step("填寫聲請書，載明對造及爭議事由", "Fill in the application, naming the other party")
        .step("調解秘書審查並排定調解期日", "The mediation secretary checks it and sets a date")
        .step("通知雙方當事人到場", "Both parties are summoned")
        .step("召開調解會議", "The mediation session takes place")
        .step("調解書送法院核定", "A settlement is sent to the district court for approval")
        .doc("調解聲請書", "Mediation application")
        .doc("聲請人國民身分證", "Applicant's ID card")
        .doc("相關證據資料（如事故資料、契約、收據）", "Evidence such as accident reports, contracts or receipts")
        .doc("委任書（委任代理人時）", "Power of attorney, if a representative attends")
        .channels(COUNTER, MAIL)
        .limit(calendarDays(15))
        .build();
  }

  private static DemoService mediationFailureCertificate() {
    return service("JIAOXI-MEDIATION-FAILURE-CERT", AGENCY, "CIVIL", MEDIATION)
        .name("調解不成立證明書", "Certificate of failed mediation")
        .summary(
            "調解不成立時，依當事人聲請發給證明書。",
            "When mediation fails, a party can ask for a certificate saying so.")
        .description(
            "調解不成立者，當事人得聲請發給調解不成立證明書，依法應於聲請後七日內發給，" + "可用於後續起訴。告訴乃論之刑事事件調解不成立時，亦可聲請將案件移請檢察官偵查。",
            "When mediation fails, either party may ask for a certificate, which the law requires "
                + "within seven days of the request; it is used when going to court. For "
                + "complaint-only offences the party may instead ask for the case to be passed "
                + "to the public prosecutor.")
        .law("鄉鎮市調解條例", "Township and County-Administered City Mediation Act")
        .step("提出聲請", "Submit the request")
        .step("調解秘書查核調解紀錄", "The mediation secretary checks the record")
        .step("簽核後發給證明書", "The certificate is signed and issued")
        .doc("申請書", "Application form")
        .doc("聲請人國民身分證", "Applicant's ID card")
        .channels(COUNTER, MAIL)
        .limit(calendarDays(7))
        .target(calendarDays(3))
        .build();
  }

  private static DemoService columbarium() {
    return service("JIAOXI-COLUMBARIUM", AGENCY, "CIVIL", CIVIL_AFFAIRS)
        .name("鄉立納骨堂塔位使用申請", "Use of a niche in the township columbarium")
        .summary(
            "申請將骨灰（骸）安置於鄉立納骨堂。", "Apply to place ashes or remains in the township columbarium.")
        .description(
            "亡者或其家屬設籍本鄉者，可申請使用鄉立納骨堂塔位。民政課查核死亡及設籍資料，" + "繳納使用費後發給使用許可並約定進塔日期。使用費依塔位位置及設籍情形計收。",
            "Niches are available when the deceased or the family is registered in the township. "
                + "The Civil Affairs Section checks the death and registration records, issues a "
                + "permit once the fee is paid, and agrees the placement date. The fee depends on "
                + "the niche and on residence.")
        .law("殯葬管理條例", "Funeral Services Administration Act")
        .step("填寫申請書並選定塔位", "Fill in the form and choose a niche")
        .step("查核死亡及設籍資料", "The section checks the death and registration records")
        .step("繳納使用費", "Pay the fee")
        .step("發給使用許可並約定進塔日期", "A permit is issued and the placement date agreed")
        .doc("申請書", "Application form")
        .eDoc("死亡證明書或除戶戶籍資料", "Death certificate or deregistration record")
        .doc("火化許可證明", "Cremation certificate")
        .doc("申請人國民身分證及印章", "Applicant's ID card and seal")
        .fee(
            10000,
            "起；依塔位位置及是否設籍本鄉計收",
            "and up, depending on the niche and on registration in the township")
        .channels(COUNTER)
        .limit(workingDays(1))
        .build();
  }

  private static DemoService lowIncome() {
    return service("JIAOXI-LOW-INCOME", AGENCY, "SOCIAL", SOCIAL_WELFARE)
        .name("低收入戶及中低收入戶資格申請", "Low-income and lower-middle-income household status")
        .summary(
            "家庭收入及財產低於標準者，申請低收入戶或中低收入戶資格。",
            "Households below the income and asset thresholds apply for assistance status.")
        .description(
            "申請人向戶籍地公所提出申請，公所調查全戶人口、收入及財產並派員家庭訪視後，"
                + "陳報縣政府審核。核定後可依資格領取生活扶助及健保費、就學等補助；家庭狀況改變時"
                + "應主動通知公所。",
            "Apply at the township office where you are registered. The office looks at the "
                + "household's members, income and assets, visits the family and sends the case "
                + "to the county government. Approved households receive living assistance and "
                + "help with health insurance premiums and school costs. Any change in the "
                + "household must be reported to the office.")
        .law("社會救助法", "Public Assistance Act")
        .step("填寫申請表並繳交文件", "Fill in the form and hand in the documents")
        .step("公所調閱全戶戶籍及財稅資料", "The office retrieves registration and tax records")
        .step("社工員家庭訪視", "A social worker visits the family")
        .step("陳報縣政府審核", "The county government reviews the case")
        .step("通知核定結果", "The applicant is notified of the decision")
        .doc("申請表", "Application form")
        .eDoc("全戶戶籍資料", "Registration records of the whole household")
        .eDoc("全戶財稅資料（所得及財產）", "Income and asset records of the whole household")
        .doc("申請人存摺封面影本", "Copy of the applicant's bankbook cover")
        .doc(
            "特殊情形證明（如診斷證明、在學證明）",
            "Proof of special circumstances, e.g. a medical or school certificate")
        .channels(COUNTER)
        .limit(workingDays(30))
        .target(workingDays(20))
        .build();
  }

  private static DemoService lowIncomeCertificate() {
    return service("JIAOXI-LOW-INCOME-CERT", AGENCY, "SOCIAL", SOCIAL_WELFARE)
        .name("低收入戶、中低收入戶證明", "Certificate of low-income household status")
        .summary(
            "已核定資格者申請證明書，供減免或補助使用。",
            "Households with approved status get a certificate for fee waivers and subsidies.")
        .description(
            "經縣政府核定為低收入戶或中低收入戶者，可申請證明書，供學雜費減免、健保及" + "水電費優惠等使用。公所於社政系統查核資格後當場核發。",
            "Households approved by the county government can ask for a certificate, used for "
                + "tuition waivers, health insurance and utility discounts. The office checks the "
                + "status in the welfare system and issues it on the spot.")
        .law("社會救助法", "Public Assistance Act")
        .step("出示身分證明文件並填寫申請書", "Show proof of identity and fill in the form")
        .step("於社政系統查核資格", "The clerk checks the status in the welfare system")
        .step("當場核發證明", "The certificate is issued on the spot")
        .doc("國民身分證", "ID card")
        .doc("代辦人國民身分證及委託書（代辦時）", "Representative's ID card and authorisation")
        .channels(COUNTER)
        .limit(hours(1))
        .build();
  }

  private static DemoService seniorAllowance() {
    return service("JIAOXI-SENIOR-ALLOWANCE", AGENCY, "SOCIAL", SOCIAL_WELFARE)
        .name("中低收入老人生活津貼", "Living allowance for low-income seniors")
        .summary(
            "65歲以上、家庭收入及財產符合標準的長者，按月領取生活津貼。",
            "A monthly allowance for people aged 65 or over with low household means.")
        .description(
            "年滿65歲、設籍並實際居住本鄉，且家庭總收入及財產符合標準的長者，可向公所申請。" + "公所初審後送縣政府核定，依家庭收入級距按月發給；接受政府公費收容安置者不得申請。",
            "Residents aged 65 or over who live in the township and whose household income and "
                + "assets are below the thresholds can apply. The office checks the application "
                + "and the county government decides; the monthly amount depends on the income "
                + "band. People in publicly funded residential care are not eligible.")
        .law(
            "老人福利法、中低收入老人生活津貼發給辦法",
            "Senior Citizens Welfare Act; Regulations on the Living Allowance for Middle- and "
                + "Low-Income Senior Citizens")
        .step("填寫申請表並繳交文件", "Fill in the form and hand in the documents")
        .step("公所初審並調閱財稅資料", "The office checks the file and the tax records")
        .step("陳報縣政府核定", "The county government decides")
        .step("核定後按月撥入帳戶", "Once approved, the allowance is paid monthly")
        .doc("申請表", "Application form")
        .eDoc("全戶戶籍資料", "Registration records of the whole household")
        .eDoc("全戶財稅資料", "Tax records of the whole household")
        .doc("長者本人存摺封面影本", "Copy of the senior's bankbook cover")
        .channels(COUNTER)
        .limit(workingDays(30))
        .target(workingDays(20))
        .build();
  }

  private static DemoService disabilityAllowance() {
    return service("JIAOXI-DISABILITY-ALLOWANCE", AGENCY, "SOCIAL", SOCIAL_WELFARE)
        .name("身心障礙者生活補助", "Living allowance for people with disabilities")
        .summary(
            "領有身心障礙證明且家庭經濟符合標準者，按月領取生活補助。",
            "A monthly allowance for people with a disability certificate and low household means.")
        .description(
            "領有身心障礙證明、設籍並實際居住本鄉，且家庭收入及財產符合標準者，可申請生活" + "補助。補助金額依障礙等級及家庭經濟狀況而定，由縣政府核定後按月發給。",
            "Residents with a disability certificate whose household income and assets are "
                + "below the thresholds can apply. The amount depends on the degree of disability "
                + "and the household's means; the county government decides and pays monthly.")
        .law(
            "身心障礙者權益保障法、身心障礙者生活補助費發給辦法",
            "People with Disabilities Rights Protection Act; Regulations on Living Allowances "
                + "for People with Disabilities")
        .step("填寫申請表並繳交文件", "Fill in the form and hand in the documents")
        .step("公所查核障礙及財稅資料", "The office checks disability and tax records")
        .step("陳報縣政府核定", "The county government decides")
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

  private static DemoService emergencyRelief() {
    return service("JIAOXI-EMERGENCY-RELIEF", AGENCY, "SOCIAL", SOCIAL_WELFARE)
        .name("急難救助", "Emergency relief")
        .summary("家庭遭遇變故、生活陷入困境時，申請急難救助金。", "One-off relief for households suddenly in hardship.")
        .description(
            "負家庭主要生計責任者死亡、失蹤或罹患重傷病，或遭遇其他變故致生活陷於困境者，"
                + "可向戶籍地公所申請急難救助。公所派員訪視後，視急迫程度先行發給或陳報縣政府核定。"
                + "村長或社工也可來電轉介。",
            "Households whose main earner has died, gone missing or fallen seriously ill, or "
                + "who face another sudden crisis, can apply to the township office. After a "
                + "home visit the office pays at once in urgent cases or refers the case to the "
                + "county government. Village chiefs and social workers can refer by phone.")
        .law("社會救助法", "Public Assistance Act")
        .step("提出申請或由村長、社工轉介", "Apply, or be referred by a village chief or social worker")
        .step("派員訪視了解家庭狀況", "A staff member visits the family")
        .step("核定救助金額", "The amount of relief is decided")
        .step("撥款並追蹤後續需求", "The relief is paid and further needs followed up")
        .doc("申請表", "Application form")
        .eDoc("全戶戶籍資料", "Registration records of the whole household")
        .eDoc("全戶財稅資料", "Tax records of the whole household")
        .doc("事故證明（如診斷證明、死亡證明）", "Proof of the crisis, e.g. a medical certificate")
        .doc("申請人存摺封面影本", "Copy of the applicant's bankbook cover")
        .channels(COUNTER, PHONE)
        .limit(workingDays(7))
        .target(workingDays(3))
        .build();
  }

  private static DemoService nationalPension() {
    return service("JIAOXI-NATIONAL-PENSION", AGENCY, "SOCIAL", SOCIAL_WELFARE)
        .name("國民年金給付申請（受理轉送）", "National Pension benefit claims (forwarded)")
        .summary(
            "於公所遞送國民年金各項給付申請，由公所轉送勞動部勞工保險局審核。",
            "Hand in National Pension claims at the township office, which forwards them.")
        .description(
            "國民年金被保險人或其遺屬可就近向公所遞件申請老年、身心障礙、遺屬、喪葬等給付。"
                + "公所協助檢核表件是否齊全後轉送勞工保險局，由勞保局審核並通知結果；本項處理期限"
                + "指公所轉送所需時間。",
            "Insured people or their survivors can hand in claims for old-age, disability, "
                + "survivor or funeral benefits at the township office. The office checks that "
                + "the forms are complete and forwards them to the Bureau of Labor Insurance, "
                + "which decides. The time limit covers forwarding only.")
        .law("國民年金法", "National Pension Act")
        .step("填寫給付申請書", "Fill in the claim form")
        .step("公所檢核表件", "The office checks the forms")
        .step("轉送勞工保險局", "The claim is forwarded to the Bureau of Labor Insurance")
        .step("勞保局審核並通知結果", "The Bureau decides and notifies the claimant")
        .doc("給付申請書", "Claim form")
        .doc("申請人國民身分證", "Claimant's ID card")
        .doc("申請人存摺封面影本", "Copy of the claimant's bankbook cover")
        .eDoc(
            "給付事由證明（死亡或身心障礙資料可連線查詢）",
            "Proof of the event (death and disability records are checked online)")
        .channels(COUNTER)
        .limit(workingDays(3))
        .build();
  }

  private static DemoService birthSubsidy() {
    return service("JIAOXI-BIRTH-SUBSIDY", AGENCY, "SOCIAL", SOCIAL_WELFARE)
        .name("生育補助", "Birth subsidy")
        .summary(
            "新生兒設籍本鄉的家庭可申請生育補助。",
            "Families whose newborn is registered in the township can claim a birth subsidy.")
        .description(
            "新生兒完成出生登記並設籍本鄉，且父或母設籍本鄉達規定期間者，可於規定期限內" + "向社會課申請。補助金額及申請期限依本所當年度公告辦理。",
            "Once the birth is registered in the township, and a parent has been registered "
                + "here for the required period, the family can apply to the Social Affairs "
                + "Section within the deadline. The amount and the deadline are announced by the "
                + "office each year.")
        .law(
            "地方制度法第20條（鄉鎮市自治事項：社會福利）",
            "Local Government Act, article 20 (township self-government: social welfare)")
        .step("填寫申請書", "Fill in the form")
        .step("查核新生兒及父母戶籍資料", "The section checks the registration of child and parents")
        .step("核定後撥款", "The subsidy is paid once approved")
        .doc("申請書", "Application form")
        .eDoc("新生兒及父母戶籍資料", "Registration records of the child and parents")
        .doc("申請人存摺封面影本", "Copy of the applicant's bankbook cover")
        .channels(COUNTER)
        .limit(workingDays(14))
        .target(workingDays(7))
        .build();
  }

  private static DemoService governmentInformation() {
    return service("JIAOXI-GOV-INFO-REQUEST", AGENCY, "ADMIN", OTHER)
        .name("政府資訊公開申請", "Request for government information")
        .summary(
            "申請閱覽、抄錄或複製本所保有的政府資訊。",
            "Ask to read, copy or receive information held by the township office.")
        .description(
            "任何人可依政府資訊公開法申請本所保有的政府資訊。本所應於受理之日起15日內決定"
                + "是否提供，必要時得延長15日並通知申請人；涉及個人隱私或依法限制公開的部分，將分離"
                + "後提供或敘明不提供的理由。",
            "Anyone may request information the office holds. The office decides within 15 days "
                + "of receipt and may extend this once by 15 days with notice. Parts that touch "
                + "personal privacy or are exempt by law are removed, or the refusal is explained.")
        .law("政府資訊公開法", "Freedom of Government Information Law")
        .step(
            "提出申請，載明所需資訊、用途及提供方式",
            "Apply, describing the information, its purpose and how to receive it")
        .step("行政室分送權責單位", "The Administration Office passes it to the unit concerned")
        .step("審查是否屬限制公開事項", "The unit checks for exemptions")
        .step("通知准駁結果及費用", "The applicant is told the decision and any charge")
        .step("提供資訊", "The information is provided")
        .doc("政府資訊申請書", "Request form")
        .eDoc(
            "申請人身分證明（線上申請以自然人憑證驗證）",
            "Proof of identity (a citizen digital certificate when applying online)")
        .doc("代理人委任書（代理申請時）", "Power of attorney, for a representative")
        .fee(0, "閱覽免費；抄錄或複製依收費標準計收", "Reading is free; copies are charged by the published scale")
        .channels(COUNTER, ONLINE, MAIL)
        .limit(calendarDays(15))
        .target(calendarDays(10))
        .govInfoRequestFields()
        .build();
  }

  private static DemoService bulkyWaste() {
    return service("JIAOXI-BULKY-WASTE", AGENCY, "CLEANING", ENVIRONMENT)
        .name("大型廢棄物及廢家電清運", "Collection of bulky waste and old appliances")
        .summary(
            "預約清潔隊到府收運家具等大型廢棄物及廢家電。",
            "Book the sanitation team to collect furniture and old appliances from your home.")
        .description(
            "家具、床墊等大型廢棄物及冰箱、洗衣機等廢家電不可隨一般垃圾丟棄。民眾可以電話或"
                + "網路預約，清潔隊依路線排定收運日期，請於約定時間放置於門口指定地點；堪用家具經"
                + "修復後再利用。",
            "Furniture, mattresses and large appliances may not be put out with household "
                + "rubbish. Book a collection by phone or online; the team sets a date on its "
                + "route, and you leave the items at the agreed spot outside your home. Usable "
                + "furniture is repaired and reused.")
        .law("廢棄物清理法", "Waste Disposal Act")
        .step("預約並說明品項及數量", "Book, stating the items and how many")
        .step("清潔隊排定收運日期並通知", "The team sets a collection date and tells you")
        .step("於約定時間放置於指定地點", "Leave the items at the agreed spot")
        .step("清潔隊收運", "The team collects them")
        .doc("清運預約資料（地址、品項及數量）", "Booking details: address, items and quantity")
        .channels(COUNTER, PHONE, ONLINE)
        .limit(workingDays(7))
        .target(workingDays(5))
        .field("address", FieldType.ADDRESS, true, "收運地址", "Collection address")
        .field("items", FieldType.PARAGRAPH, true, "品項及數量", "Items and how many")
        .field("preferredDate", FieldType.DATE, false, "希望收運日期", "Preferred date")
        .build();
  }
}
