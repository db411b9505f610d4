// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import static tw.civicdesk.calendar.TimeLimit.hours;
import static tw.civicdesk.calendar.TimeLimit.workingDays;
import static tw.civicdesk.catalogue.Channel.COUNTER;
import static tw.civicdesk.catalogue.Channel.MAIL;
import static tw.civicdesk.catalogue.Channel.ONLINE;
import static tw.civicdesk.catalogue.Channel.PHONE;
import static tw.civicdesk.catalogue.DemoCatalogue.choice;
import static tw.civicdesk.catalogue.DemoCatalogue.service;
import static tw.civicdesk.catalogue.ServiceCategory.HOUSEHOLD_REGISTRATION;

import java.util.List;
import tw.civicdesk.catalogue.DemoCatalogue.DemoService;
import tw.civicdesk.catalogue.DemoCatalogue.ServiceBuilder;

/**
 * Demo services of 高雄縣鳳山市第一戶政事務所. Fees are those of 戶政規費收費標準; counter work is handled on arrival
 * (隨到隨辦), published here as one hour.
 */
final class DemoCatalogueFengshan {

  private static final String AGENCY = "KH-FENGSHAN-HR1";
  private static final String LAW = "戶籍法、戶籍法施行細則";
  private static final String LAW_EN =
      "Household Registration Act; Enforcement Rules of the Household Registration Act";

  private DemoCatalogueFengshan() {}

  static List<DemoService> services() {
    return List.of(
        transcript(),
        birth(),
        marriage(),
        divorce(),
        death(),
        migration(),
        sealRegistration(),
        sealCertificate(),
        firstIdCard(),
        idCardReissue(),
        householdCertificate(),
        recordCertificate(),
        nameChange(),
        homeVisit());
  }

  private static DemoService transcript() {
    return service("FENGSHAN-HOUSEHOLD-TRANSCRIPT", AGENCY, "DESK-2", HOUSEHOLD_REGISTRATION)
        .name("戶籍謄本", "Household registration transcript")
        .summary(
            "申請個人或全戶的現戶或除戶戶籍謄本，臨櫃當場核發。",
            "Get a transcript for yourself or your household, issued while you wait.")
        .description(
            "本人、戶長或戶內人口可申請全戶或個人戶籍謄本，利害關係人應檢附證明文件。"
                + "全國任一戶政事務所均可跨所申請，也可用自然人憑證於內政部戶政網路申辦服務申請"
                + "電子謄本，或以郵寄通信申請。",
            "The person concerned, the head of household or any member can ask for a full or "
                + "partial transcript; other interested parties must show why they need it. Any "
                + "household registration office in Taiwan can issue it, electronic transcripts "
                + "can be ordered online from the Ministry of the Interior with a citizen digital "
                + "certificate, and requests by post are accepted.")
        .law(LAW, LAW_EN)
        .step("提出申請，選擇謄本種類及份數", "Apply, choosing the kind of transcript and copies")
        .step(
            "出示身分證明文件（線上申請以自然人憑證驗證）",
            "Prove who you are (a citizen digital certificate when applying online)")
        .step("繳納規費", "Pay the fee")
        .step("當場核發謄本", "The transcript is issued on the spot")
        .doc("申請書", "Request form")
        .doc("國民身分證", "ID card")
        .doc(
            "委託書及受託人身分證（委託申請時）",
            "Authorisation and the representative's ID card, if someone applies for you")
        .doc("利害關係證明文件（利害關係人申請時）", "Proof of interest, for third parties")
        .fee(
            15,
            "每張15元；英文戶籍謄本每張100元，同次第二份起每張15元",
            "NT$15 per page; English transcripts NT$100, then NT$15 each in the same request")
        .channels(COUNTER, ONLINE, MAIL)
        .limit(hours(1))
        .fields(DemoCatalogueFengshan::transcriptRequest)
        .build();
  }

  private static DemoService birth() {
    return service("FENGSHAN-BIRTH-REGISTRATION", AGENCY, "DESK-1", HOUSEHOLD_REGISTRATION)
        .name("出生登記", "Birth registration")
        .summary("新生兒應於出生後60日內辦理出生登記。", "A birth must be registered within 60 days.")
        .description(
            "出生登記由父、母、祖父母、戶長或同居人等申請，應於出生後60日內辦理，逾期將處"
                + "罰鍰。醫院已完成出生通報者，戶政所直接調用通報資料，免附紙本出生證明書；登記時"
                + "同時確定子女姓氏與名字，全國任一戶政事務所均可辦理。",
            "A parent, grandparent, the head of household or another member registers the "
                + "birth within 60 days; late registration is fined. When the hospital has filed "
                + "its electronic birth notification, the office uses it and no paper birth "
                + "certificate is needed. The child's surname and name are registered at the same "
                + "time, at any household registration office in Taiwan.")
        .law(LAW, LAW_EN)
        .step("填寫出生登記申請書並約定子女姓氏", "Fill in the form and agree on the surname")
        .step("查核出生通報資料", "The clerk checks the birth notification")
        .step("辦理登記並入戶", "The child is registered in the household")
        .step("換發戶口名簿", "A new household certificate is issued")
        .eDoc("出生證明書（醫院已通報者免附）", "Birth certificate (not needed once notified)")
        .doc("父母國民身分證", "Parents' ID cards")
        .doc("戶口名簿", "Household certificate")
        .doc("子女姓氏約定書（從母姓時）", "Surname agreement, if the child takes the mother's")
        .channels(COUNTER)
        .limit(hours(1))
        .build();
  }

  private static DemoService marriage() {
    return service("FENGSHAN-MARRIAGE-REGISTRATION", AGENCY, "DESK-1", HOUSEHOLD_REGISTRATION)
        .name("結婚登記", "Marriage registration")
        .summary(
            "雙方親自到所辦理結婚登記，完成登記後婚姻才生效。",
            "Both partners register in person; the marriage takes effect on registration.")
        .description(
            "依民法，結婚應以書面為之，有二人以上證人簽名，並由雙方向戶政機關辦理登記。"
                + "雙方須親自到場並攜帶相片，以換領記載配偶姓名的國民身分證；與外國人結婚者另須"
                + "檢附經驗證的婚姻狀況證明文件。",
            "Under the Civil Code a marriage must be in writing, signed by at least two "
                + "witnesses, and registered by both partners. Both must come in person with "
                + "photos, as their ID cards are reissued with the spouse's name. Marriages with "
                + "foreign nationals need authenticated proof of marital status.")
        .law("民法、戶籍法", "Civil Code; Household Registration Act")
        .step("雙方親自到所並填寫申請書", "Both partners come in and fill in the form")
        .step("查驗結婚書約及證人簽名", "The clerk checks the agreement and the witnesses")
        .step("辦理登記並換發國民身分證", "The marriage is registered and ID cards reissued")
        .step("更新戶口名簿", "The household certificate is updated")
        .doc("結婚書約（二人以上證人簽名）", "Marriage agreement signed by two witnesses")
        .doc("雙方國民身分證", "Both partners' ID cards")
        .doc("雙方戶口名簿", "Both household certificates")
        .doc("最近二年內彩色正面相片各一張", "One recent colour photo of each partner")
        .fee(100, "雙方換領國民身分證，每張50元", "Two new ID cards at NT$50 each")
        .channels(COUNTER)
        .limit(hours(1))
        .build();
  }

  private static DemoService divorce() {
    return service("FENGSHAN-DIVORCE-REGISTRATION", AGENCY, "DESK-1", HOUSEHOLD_REGISTRATION)
        .name("離婚登記", "Divorce registration")
        .summary(
            "兩願離婚由雙方親自辦理；判決或調解離婚由一方持法院文件辦理。",
            "Divorces by consent are registered by both; court divorces by one party.")
        .description(
            "兩願離婚應以書面為之，有二人以上證人簽名，雙方須親自到場辦理登記，登記後始"
                + "生效力。經法院判決、調解或和解離婚者，一方即可持法院文件申請，應於確定後30日內"
                + "辦理。登記後須換領國民身分證。",
            "A divorce by consent must be in writing, signed by two witnesses, and registered "
                + "by both parties in person; it takes effect on registration. After a court "
                + "judgment, mediation or settlement, either party can register it with the "
                + "court papers within 30 days. ID cards are reissued afterwards.")
        .law("民法、戶籍法", "Civil Code; Household Registration Act")
        .step("填寫申請書", "Fill in the form")
        .step("查驗離婚協議書或法院文件", "The clerk checks the agreement or court papers")
        .step("辦理登記並換發國民身分證", "The divorce is registered and ID cards reissued")
        .doc("離婚協議書（兩願離婚）", "Divorce agreement, for divorce by consent")
        .doc("法院判決書及確定證明書或調解、和解筆錄", "Court judgment with proof of finality")
        .doc("國民身分證", "ID card")
        .doc("最近二年內彩色正面相片", "Recent colour photo")
        .fee(100, "雙方換領國民身分證，每張50元", "Two new ID cards at NT$50 each")
        .channels(COUNTER)
        .limit(hours(1))
        .build();
  }

  private static DemoService death() {
    return service("FENGSHAN-DEATH-REGISTRATION", AGENCY, "DESK-1", HOUSEHOLD_REGISTRATION)
        .name("死亡登記", "Death registration")
        .summary("家屬應於死亡後30日內辦理死亡登記。", "The family registers a death within 30 days.")
        .description(
            "死亡登記以配偶、親屬、戶長或同居人等為申請人，應於死亡之日起30日內辦理。醫院" + "或衛生所已完成死亡通報者，戶政所可直接查核通報資料；辦理時應繳回亡者國民身分證。",
            "A spouse, relative, the head of household or a housemate registers the death "
                + "within 30 days. When the hospital or health centre has notified the death "
                + "electronically, the office uses that record. The deceased's ID card is "
                + "handed back.")
        .law(LAW, LAW_EN)
        .step("填寫申請書", "Fill in the form")
        .step("查核死亡通報資料", "The clerk checks the death notification")
        .step("辦理死亡登記並除戶", "The death is registered and the person deregistered")
        .eDoc("死亡證明書（已通報者免附）", "Death certificate (not needed once notified)")
        .doc("亡者國民身分證", "ID card of the deceased")
        .doc("申請人國民身分證", "Applicant's ID card")
        .doc("戶口名簿", "Household certificate")
        .channels(COUNTER)
        .limit(hours(1))
        .build();
  }

  private static DemoService migration() {
    return service("FENGSHAN-MIGRATION-REGISTRATION", AGENCY, "DESK-1", HOUSEHOLD_REGISTRATION)
        .name("遷徙登記（遷入、遷出、住址變更）", "Change of address registration")
        .summary("搬家或遷出國外，應於事實發生後30日內辦理遷徙登記。", "Register a move within 30 days.")
        .description(
            "遷入本所轄區、在轄區內變更住址或遷出國外，應於事實發生後30日內辦理；遷入時在新"
                + "住所地戶政所辦理即可，不必先回原地遷出。遷入他人戶內應取得戶長或房屋所有人同意；"
                + "建物所有權資料可由戶政所連線查詢。",
            "Moves into or within the district, and moves abroad, must be registered within 30 "
                + "days. You register at the office of the new address, without first "
                + "deregistering at the old one. Moving into someone else's household needs the "
                + "consent of the head of household or owner; ownership is checked online.")
        .law(LAW, LAW_EN)
        .step("填寫遷徙登記申請書", "Fill in the form")
        .step("查驗住所證明或同意書", "The clerk checks proof of address or consent")
        .step("辦理登記並換發國民身分證", "The move is registered and the ID card reissued")
        .step("更新戶口名簿", "The household certificate is updated")
        .doc("國民身分證", "ID card")
        .doc("戶口名簿", "Household certificate")
        .eDoc("建物所有權狀或房屋稅籍資料", "Title deed or house tax record")
        .doc("戶長或房屋所有人同意書", "Consent of the head of household or owner")
        .fee(50, "換領國民身分證每張50元", "NT$50 for the new ID card")
        .channels(COUNTER)
        .limit(hours(1))
        .build();
  }

  private static DemoService sealRegistration() {
    return service("FENGSHAN-SEAL-REGISTRATION", AGENCY, "DESK-2", HOUSEHOLD_REGISTRATION)
        .name("印鑑登記（含變更、廢止）", "Seal registration, change and cancellation")
        .summary("於戶籍地戶政所登記印鑑，或辦理變更、廢止。", "Register, change or cancel your official seal.")
        .description(
            "印鑑登記原則上由本人親自到戶籍地戶政事務所辦理，未成年人或受輔助宣告者依法"
                + "由法定代理人或輔助人同意或代為申請。登記後的印鑑可申請印鑑證明，供不動產及"
                + "金融等重要交易使用。",
            "Seals are registered at the office of the applicant's registered address, "
                + "normally in person; minors and people under assistance need their guardian. "
                + "A registered seal can then be certified for property and banking "
                + "transactions.")
        .law("印鑑登記辦法", "Seal Registration Regulations")
        .step("填寫申請書", "Fill in the form")
        .step("核對本人身分", "The clerk checks the applicant's identity")
        .step("登記印鑑印模", "The seal impression is recorded")
        .doc("國民身分證", "ID card")
        .doc("擬登記之印鑑章", "The seal to register")
        .doc("原登記印鑑（變更時）", "The old registered seal, when changing")
        .fee(20, "每次20元", "NT$20 each time")
        .channels(COUNTER)
        .limit(hours(1))
        .build();
  }

  private static DemoService sealCertificate() {
    return service("FENGSHAN-SEAL-CERTIFICATE", AGENCY, "DESK-2", HOUSEHOLD_REGISTRATION)
        .name("印鑑證明", "Seal certificate")
        .summary("已登記印鑑者申請印鑑證明，隨到隨辦。", "Certificate of a registered seal, issued while you wait.")
        .description(
            "本人可持國民身分證及印鑑章申請；委任他人者，應出具蓋用登記印鑑的委任書及受任人" + "身分證明。申請書須填寫用途，例如不動產登記或金融機構使用。",
            "Bring your ID card and registered seal. A representative needs a power of "
                + "attorney stamped with the registered seal and their own ID. The form asks "
                + "what the certificate is for, such as a land registration or a bank.")
        .law("印鑑登記辦法", "Seal Registration Regulations")
        .step("填寫申請書並載明用途", "Fill in the form, stating the purpose")
        .step("核對身分及印鑑", "The clerk checks identity and seal")
        .step("繳費後核發", "Pay and receive the certificate")
        .doc("國民身分證", "ID card")
        .doc("印鑑章", "Registered seal")
        .doc("委任書及受任人身分證（委任時）", "Power of attorney and representative's ID")
        .fee(20, "每張20元", "NT$20 per certificate")
        .channels(COUNTER)
        .limit(hours(1))
        .build();
  }

  private static DemoService firstIdCard() {
    return service("FENGSHAN-ID-CARD-FIRST", AGENCY, "DESK-2", HOUSEHOLD_REGISTRATION)
        .name("國民身分證初領", "First national ID card")
        .summary(
            "年滿14歲應請領國民身分證，未滿14歲者亦得申請。",
            "Citizens must get an ID card at 14 and may get one earlier.")
        .description(
            "國民年滿十四歲者應請領國民身分證，未滿十四歲者得申請發給。未成年人由法定代理人" + "陪同或代為申請，並繳交最近二年內的彩色正面相片，當場製發。",
            "Every citizen must apply for an ID card at 14; younger children may have one. "
                + "A parent or guardian comes along or applies, with a colour photo taken within "
                + "the last two years. The card is made on the spot.")
        .law("戶籍法", "Household Registration Act")
        .step("填寫申請書並繳交相片", "Fill in the form and hand in the photo")
        .step("核對身分及戶籍資料", "The clerk checks identity and registration")
        .step("製發國民身分證", "The card is printed and handed over")
        .eDoc(
            "戶口名簿（可由戶役政系統查核代替）",
            "Household certificate (the registration system can be checked instead)")
        .doc("最近二年內彩色正面相片一張", "One colour photo from the last two years")
        .doc("法定代理人國民身分證", "Parent's or guardian's ID card")
        .fee(50, "每張50元", "NT$50 per card")
        .channels(COUNTER)
        .limit(hours(1))
        .build();
  }

  private static DemoService idCardReissue() {
    return service("FENGSHAN-ID-CARD-REISSUE", AGENCY, "DESK-2", HOUSEHOLD_REGISTRATION)
        .name("國民身分證補領及換領", "Replacement and renewal of the national ID card")
        .summary(
            "身分證遺失、毀損或記事變更時，申請補領或換領。", "Replace a lost card, or renew a damaged or outdated one.")
        .description(
            "國民身分證遺失應補領；毀損、相片與本人不符或記事變更（如結婚、改名、遷徙）時"
                + "應換領。補領須本人親自辦理，並出示其他附相片的身分證明文件；遺失的舊證同時註銷，"
                + "以防冒用。",
            "A lost card is replaced; a damaged card, one whose photo no longer looks like you, "
                + "or one with outdated entries (after marriage, a new name or a move) is "
                + "renewed. Replacements are made in person with other photo ID, and the lost "
                + "card is cancelled to prevent misuse.")
        .law("戶籍法", "Household Registration Act")
        .step("填寫申請書並繳交相片", "Fill in the form and hand in a photo")
        .step("核對身分", "The clerk checks identity")
        .step("製發新證並註銷舊證", "A new card is made and the old one cancelled")
        .doc("最近二年內彩色正面相片一張", "One colour photo from the last two years")
        .doc("原國民身分證（換領時）", "The old card, for a renewal")
        .doc("附相片身分證明文件，如護照、駕照（補領時）", "Other photo ID, for a replacement")
        .fee(50, "換領每張50元；補領每張200元", "NT$50 to renew, NT$200 to replace")
        .channels(COUNTER)
        .limit(hours(1))
        .build();
  }

  private static DemoService householdCertificate() {
    return service("FENGSHAN-HOUSEHOLD-CERTIFICATE", AGENCY, "DESK-2", HOUSEHOLD_REGISTRATION)
        .name("戶口名簿補領及換領", "Replacement of the household certificate")
        .summary("戶口名簿遺失或毀損時，由戶長或戶內人口申請補領、換領。", "Replace a lost or damaged household certificate.")
        .description(
            "戶口名簿由戶長或經戶長同意的戶內人口申請補領或換領，當場核發；補領後原戶口" + "名簿即作廢。",
            "The head of household, or a member with the head's consent, applies; the new "
                + "certificate is issued on the spot and the old one becomes void.")
        .law(LAW, LAW_EN)
        .step("填寫申請書", "Fill in the form")
        .step("核對申請人身分", "The clerk checks identity")
        .step("繳費後核發", "Pay and receive the certificate")
        .doc("申請人國民身分證", "Applicant's ID card")
        .doc("戶長同意書（非戶長申請時）", "Consent of the head of household, if needed")
        .fee(30, "每份30元", "NT$30 each")
        .channels(COUNTER)
        .limit(hours(1))
        .build();
  }

  private static DemoService recordCertificate() {
    return service("FENGSHAN-RECORD-CERTIFICATE", AGENCY, "DESK-3", HOUSEHOLD_REGISTRATION)
        .name("婚姻、遷徙、姓名更改紀錄證明書", "Certificate of marriage, address or name history")
        .summary(
            "將個人歷年婚姻、遷徙或姓名更改紀錄彙整成一張證明書，取代多張謄本。",
            "One certificate of your marriage, address or name history, instead of transcripts.")
        .description(
            "自104年4月2日起可申請。電腦化（86年9月30日）以後的紀錄多可當日核發，本項目"
                + "公告的處理期限採需人工查對時的2個工作天；涉及電腦化以前的紀錄需3個工作天，"
                + "人工查對時需6個工作天。",
            "Available since 2 April 2015. Records after computerisation (30 September 1997) "
                + "are usually issued the same day; the published limit is the 2 working days "
                + "needed when records must be checked by hand. Older records take 3 working "
                + "days, or 6 with manual checking.")
        .law(LAW, LAW_EN)
        .step("填寫申請書並選擇紀錄種類", "Fill in the form and choose the kind of record")
        .step("查對戶籍紀錄", "The clerk checks the registration records")
        .step("繳費後核發", "Pay and receive the certificate")
        .doc("申請書", "Request form")
        .doc("國民身分證", "ID card")
        .doc("委託書及受託人身分證（委託時）", "Authorisation and representative's ID card")
        .fee(15, "每張15元", "NT$15 per page")
        .channels(COUNTER)
        .limit(workingDays(2))
        .build();
  }

  private static DemoService nameChange() {
    return service("FENGSHAN-NAME-CHANGE", AGENCY, "DESK-1", HOUSEHOLD_REGISTRATION)
        .name("姓名變更（改名、改姓）", "Change of name or surname")
        .summary(
            "符合姓名條例規定事由者，申請改名或改姓。",
            "Change your given name or surname on the grounds the Name Act allows.")
        .description(
            "與他人同姓名、字義粗俗不雅或有其他法定事由者可申請改名，改名次數以法定次數為限；" + "未成年子女變更姓氏須父母書面約定。變更後須換領國民身分證。",
            "You may change your name if, for example, it is the same as someone else's or "
                + "offensive in meaning; the number of changes is limited by law. Changing a "
                + "minor's surname needs a written agreement of both parents. A new ID card is "
                + "issued afterwards.")
        .law("姓名條例", "Name Act")
        .step("填寫申請書並說明事由", "Fill in the form, giving the grounds")
        .step("審查事由及證明文件", "The clerk checks the grounds and evidence")
        .step("辦理登記並換發國民身分證", "The change is registered and a new ID card issued")
        .doc("國民身分證", "ID card")
        .doc("戶口名簿", "Household certificate")
        .doc("最近二年內彩色正面相片一張", "One colour photo from the last two years")
        .doc("事由證明文件（如父母約定書）", "Evidence of the grounds, e.g. a parental agreement")
        .fee(50, "換領國民身分證每張50元", "NT$50 for the new ID card")
        .channels(COUNTER)
        .limit(hours(1))
        .build();
  }

  private static DemoService homeVisit() {
    return service("FENGSHAN-HOME-VISIT", AGENCY, "DESK-3", HOUSEHOLD_REGISTRATION)
        .name("到府服務", "Home visits")
        .summary(
            "重病、行動不便或身心障礙者無法到所時，由本所派員到府辦理。",
            "Staff come to your home when illness or disability keeps you from the office.")
        .description(
            "因重病、年老或身心障礙無法親自到所，而案件須本人到場（如身分證換補、印鑑登記）"
                + "時，家屬可以電話、網路或臨櫃申請，本所於受理後3個工作天內派員到府。到府服務免費，"
                + "所辦案件的規費另計。",
            "When illness, old age or disability prevents someone from coming in for a matter "
                + "that needs them in person, such as a new ID card or seal registration, the "
                + "family can book by phone, online or at the counter. Staff visit within 3 "
                + "working days. The visit is free; the usual fees for the matter apply.")
        .law("戶籍法", "Household Registration Act")
        .step("家屬提出申請並說明辦理事項", "A family member books, saying what is needed")
        .step("約定到府日期", "A visit date is agreed")
        .step("派員到府核對身分並受理", "Staff visit, check identity and take the application")
        .step("送回證件或證明", "The documents are delivered")
        .doc("申請書", "Request form")
        .eDoc("身心障礙證明", "Disability certificate")
        .doc("診斷證明書（重病者）", "Medical certificate, for serious illness")
        .fee(0, "到府服務免費；所辦案件規費另計", "The visit is free; usual fees apply")
        .channels(COUNTER, PHONE, ONLINE)
        .limit(workingDays(3))
        .target(workingDays(2))
        .fields(DemoCatalogueFengshan::visitRequest)
        .build();
  }

  /** What the transcript request form (戶籍謄本申請書) asks. */
  private static ServiceBuilder transcriptRequest(ServiceBuilder b) {
    return b.choiceField(
            "purpose",
            true,
            "申請用途",
            "What the transcript is for",
            choice("personal", "個人留存", "Personal records"),
            choice("work", "就業或就學", "Work or school"),
            choice("legal", "訴訟或繼承", "Court case or inheritance"),
            choice("other", "其他", "Other"))
        .field("copies", FieldType.NUMBER, true, "申請份數", "Number of copies")
        .field(
            "nationalId",
            FieldType.NATIONAL_ID,
            true,
            "申請人國民身分證統一編號或統一證號",
            "Applicant's national ID or resident certificate number")
        .choiceField(
            "kind",
            true,
            "謄本種類",
            "Kind of transcript",
            choice("current-household", "現戶全戶", "Whole current household"),
            choice("current-person", "現戶個人", "One person, current"),
            choice("removed-household", "除戶全戶", "Whole household, with removed entries"),
            choice("removed-person", "除戶個人", "One person, removed entries"))
        .choiceField(
            "notes",
            true,
            "記事",
            "Notes shown",
            choice("full", "詳細記事", "Full notes"),
            choice("brief", "簡化記事", "Brief notes"));
  }

  /** The person to visit, where, what needs doing and why they cannot come in. */
  private static ServiceBuilder visitRequest(ServiceBuilder b) {
    return b.field("personName", FieldType.TEXT, true, "需到府服務者姓名", "Name of the person to visit")
        .field(
            "relation",
            FieldType.TEXT,
            true,
            "申請人與當事人關係（例如：子女）",
            "How you are related to them (for example: son or daughter)")
        .field("visitAddress", FieldType.ADDRESS, true, "到府地址", "Address to visit")
        .field(
            "matter",
            FieldType.TEXT,
            true,
            "需辦理事項（例如：身分證換補、印鑑登記）",
            "What needs doing (for example: a new ID card, seal registration)")
        .choiceField(
            "reason",
            true,
            "無法到所的原因",
            "Why they cannot come in",
            choice("illness", "重病", "Serious illness"),
            choice("disability", "身心障礙", "Disability"),
            choice("age", "年老行動不便", "Old age, limited mobility"))
        .field("preferredDate", FieldType.DATE, false, "希望到府日期", "Preferred date");
  }
}
