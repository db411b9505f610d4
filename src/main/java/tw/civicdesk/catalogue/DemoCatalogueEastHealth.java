// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import static tw.civicdesk.calendar.TimeLimit.calendarDays;
import static tw.civicdesk.calendar.TimeLimit.hours;
import static tw.civicdesk.calendar.TimeLimit.workingDays;
import static tw.civicdesk.catalogue.Channel.COUNTER;
import static tw.civicdesk.catalogue.Channel.MAIL;
import static tw.civicdesk.catalogue.Channel.ONLINE;
import static tw.civicdesk.catalogue.Channel.PHONE;
import static tw.civicdesk.catalogue.DemoCatalogue.choice;
import static tw.civicdesk.catalogue.DemoCatalogue.service;
import static tw.civicdesk.catalogue.ServiceCategory.HEALTH;

import java.util.List;
import tw.civicdesk.catalogue.DemoCatalogue.DemoService;
import tw.civicdesk.catalogue.DemoCatalogue.ServiceBuilder;

/**
 * Demo services of 新竹市東區衛生所. Most are free (公費); eligibility and intervals follow the announcements
 * of 疾病管制署 and 國民健康署.
 */
final class DemoCatalogueEastHealth {

  private static final String AGENCY = "HC-EAST-HEALTH";
  private static final String PREVENTIVE = "預防保健服務檢查實施辦法";
  private static final String PREVENTIVE_EN = "Regulations Governing Preventive Health Services";
  private static final String DISEASE_ACT = "傳染病防治法";
  private static final String DISEASE_ACT_EN = "Communicable Disease Control Act";

  private DemoCatalogueEastHealth() {}

  static List<DemoService> services() {
    return List.of(
        childVaccination(),
        adultVaccination(),
        vaccinationRecord(),
        childPreventiveCare(),
        adultHealthCheck(),
        cervicalScreening(),
        cancerScreening(),
        smokingCessation(),
        hivScreening(),
        tuberculosisScreening(),
        healthCertificate());
  }

  private static DemoService childVaccination() {
    return service("EASTHEALTH-CHILD-VACCINATION", AGENCY, "HEALTH", HEALTH)
        .name("兒童常規預防接種", "Routine childhood vaccination")
        .summary(
            "依公費疫苗接種時程，為嬰幼兒及學齡前兒童免費接種常規疫苗。",
            "Free routine vaccines for babies and pre-school children, on the national schedule.")
        .description(
            "本所提供B型肝炎、五合一、結合型肺炎鏈球菌、水痘、麻疹腮腺炎德國麻疹及日本腦炎"
                + "等公費疫苗。接種前由醫師評估，接種後請在所內觀察30分鐘；紀錄登錄於全國性預防"
                + "接種資訊管理系統並記入兒童健康手冊。",
            "The centre gives the publicly funded vaccines, including hepatitis B, the "
                + "five-in-one vaccine, pneumococcal conjugate, chickenpox, MMR and Japanese "
                + "encephalitis. A doctor checks the child first, and you wait 30 minutes "
                + "afterwards. Each dose is recorded in the national immunisation system and the "
                + "child health booklet.")
        .law(DISEASE_ACT, DISEASE_ACT_EN)
        .step("網路或臨櫃掛號", "Book online or at the counter")
        .step("醫師評估", "A doctor examines the child")
        .step("接種疫苗", "The vaccine is given")
        .step("觀察30分鐘", "Wait 30 minutes under observation")
        .step("登錄紀錄並預約下次接種", "The dose is recorded and the next one booked")
        .doc("兒童健康手冊", "Child health booklet")
        .doc("健保卡", "National Health Insurance card")
        .eDoc("預防接種紀錄（由預防接種資訊系統查詢）", "Vaccination record (looked up in the immunisation system)")
        .channels(COUNTER, ONLINE)
        .limit(hours(1))
        .fields(DemoCatalogueEastHealth::childParticulars)
        .build();
  }

  private static DemoService adultVaccination() {
    return service("EASTHEALTH-ADULT-VACCINATION", AGENCY, "HEALTH", HEALTH)
        .name("公費流感及成人疫苗接種", "Publicly funded flu and adult vaccines")
        .summary(
            "符合公費資格者免費接種流感疫苗，長者另可接種肺炎鏈球菌疫苗。",
            "Free flu vaccine for eligible groups, and pneumococcal vaccine for seniors.")
        .description(
            "每年流感疫苗接種期間，長者、幼兒、孕婦及慢性病患者等公費對象可至本所免費接種；" + "65歲以上長者另可接種公費肺炎鏈球菌疫苗。公費對象及開打日期依疾病管制署公告。",
            "During each flu season, eligible groups such as seniors, young children, pregnant "
                + "women and people with chronic illness are vaccinated free of charge. People "
                + "aged 65 or over can also have the pneumococcal vaccine. Eligibility and dates "
                + "follow the Taiwan CDC's announcements.")
        .law(DISEASE_ACT, DISEASE_ACT_EN)
        .step("臨櫃掛號並確認公費資格", "Register and confirm eligibility")
        .step("醫師評估", "A doctor checks you")
        .step("接種並觀察", "The vaccine is given; wait under observation")
        .doc("健保卡", "National Health Insurance card")
        .doc("公費資格證明（如孕婦健康手冊）", "Proof of eligibility, e.g. a maternal handbook")
        .eDoc("重大傷病資格（由健保系統查詢）", "Catastrophic illness status (looked up in the NHI system)")
        .channels(COUNTER)
        .limit(hours(1))
        .build();
  }

  private static DemoService vaccinationRecord() {
    return service("EASTHEALTH-VACCINATION-RECORD", AGENCY, "HEALTH", HEALTH)
        .name("預防接種紀錄證明（中、英文）", "Vaccination record certificate")
        .summary(
            "出國就學或工作需要時，申請中英文預防接種紀錄證明。",
            "A certified vaccination record in Chinese and English, e.g. for study abroad.")
        .description(
            "本所依全國性預防接種資訊管理系統及原始紀錄核對後核發。紀錄齊全者多可當日取件，" + "需向原接種單位查證時，依公告處理期限3個工作天內完成；可臨櫃、線上或郵寄申請。",
            "The centre checks the national immunisation system and the original records, and "
                + "certifies them. Complete records are usually ready the same day; when another "
                + "clinic must confirm a dose, the published limit of 3 working days applies. "
                + "Apply at the counter, online or by post.")
        .law(DISEASE_ACT, DISEASE_ACT_EN)
        .step("提出申請並說明用途", "Apply, saying what the record is for")
        .step("查詢並核對接種紀錄", "The records are looked up and checked")
        .step("核發證明", "The certificate is issued")
        .doc("申請書", "Request form")
        .doc("國民身分證或護照", "ID card or passport")
        .eDoc("預防接種紀錄（由預防接種資訊系統查詢）", "Vaccination record (looked up in the immunisation system)")
        .channels(COUNTER, ONLINE, MAIL)
        .limit(workingDays(3))
        .target(workingDays(1))
        .fields(DemoCatalogueEastHealth::vaccinatedPerson)
        .build();
  }

  private static DemoService childPreventiveCare() {
    return service("EASTHEALTH-CHILD-PREVENTIVE-CARE", AGENCY, "HEALTH", HEALTH)
        .name("兒童預防保健及發展篩檢", "Child health checks and developmental screening")
        .summary(
            "未滿7歲兒童可接受7次公費預防保健，包括生長發育評估。",
            "Seven free check-ups before age 7, including developmental screening.")
        .description(
            "兒童預防保健包括身體檢查、生長發育評估及衛教指導。疑似發展遲緩者，由本所轉介" + "至兒童發展聯合評估中心，並持續追蹤。",
            "Each check-up covers a physical examination, growth and development and advice "
                + "for parents. Children who may have a developmental delay are referred to an "
                + "assessment centre and followed up.")
        .law(PREVENTIVE, PREVENTIVE_EN)
        .step("臨櫃掛號", "Register at the counter")
        .step("身體檢查及發展評估", "Physical and developmental check")
        .step("醫師說明結果並衛教", "The doctor explains the results and gives advice")
        .step("必要時轉介評估中心", "Referral to an assessment centre if needed")
        .doc("兒童健康手冊", "Child health booklet")
        .doc("健保卡", "National Health Insurance card")
        .channels(COUNTER)
        .limit(hours(1))
        .build();
  }

  private static DemoService adultHealthCheck() {
    return service("EASTHEALTH-ADULT-HEALTH-CHECK", AGENCY, "HEALTH", HEALTH)
        .name("成人預防保健服務", "Adult preventive health check")
        .summary(
            "40至64歲每3年1次、65歲以上每年1次的免費成人健檢。",
            "Free health checks every three years from 40, and yearly from 65.")
        .description(
            "40至64歲民眾每3年1次、65歲以上及55歲以上原住民每年1次，可接受免費成人預防保健，"
                + "包括身體檢查、血液及尿液檢查與健康諮詢；符合年齡者另可接受一生一次B、C型肝炎篩檢。"
                + "報告完成後由醫師說明，異常者轉介追蹤。",
            "People aged 40 to 64 can have a free check every three years, and those aged 65 "
                + "or over, or indigenous people from 55, every year. It covers an examination, "
                + "blood and urine tests and advice; eligible ages also get a once-in-a-lifetime "
                + "hepatitis B and C test. A doctor explains the results and refers any "
                + "abnormal findings.")
        .law(PREVENTIVE, PREVENTIVE_EN)
        .step("網路或臨櫃掛號（空腹）", "Book online or at the counter; come fasting")
        .step("填寫健康問卷", "Fill in a health questionnaire")
        .step("身體檢查及抽血、驗尿", "Examination, blood and urine tests")
        .step("回診由醫師說明結果", "A doctor explains the results at a follow-up visit")
        .doc("健保卡", "National Health Insurance card")
        .doc("國民身分證", "ID card")
        .eDoc("預防保健使用紀錄（由健保系統查詢）", "Previous use of the service (looked up in the NHI system)")
        .channels(COUNTER, ONLINE)
        .limit(workingDays(14))
        .target(workingDays(10))
        .fields(DemoCatalogueEastHealth::healthCheckBooking)
        .build();
  }

  private static DemoService cervicalScreening() {
    return service("EASTHEALTH-CERVICAL-SCREENING", AGENCY, "HEALTH", HEALTH)
        .name("子宮頸抹片檢查", "Cervical smear test")
        .summary(
            "30歲以上婦女免費子宮頸抹片檢查，建議至少每3年1次。",
            "Free cervical smear tests for women aged 30 or over, at least every three years.")
        .description(
            "檢查由女性醫護人員執行，報告約2至4週完成；結果異常者由個案管理人員主動通知並" + "轉介複檢。",
            "Tests are taken by female staff, and results are ready in two to four weeks. "
                + "Women with abnormal results are contacted and referred for follow-up.")
        .law(
            "癌症防治法、預防保健服務檢查實施辦法",
            "Cancer Control Act; Regulations Governing Preventive Health Services")
        .step("臨櫃掛號", "Register at the counter")
        .step("抹片採檢", "The smear is taken")
        .step("送驗並登錄結果", "The sample is tested and the result recorded")
        .step("通知結果，異常者轉介", "Results are sent; abnormal results are referred")
        .doc("健保卡", "National Health Insurance card")
        .eDoc(
            "篩檢資格及前次檢查紀錄（由國民健康署系統查詢）",
            "Eligibility and last test (looked up in the national screening system)")
        .channels(COUNTER)
        .limit(calendarDays(30))
        .target(calendarDays(21))
        .build();
  }

  private static DemoService cancerScreening() {
    return service("EASTHEALTH-CANCER-SCREENING", AGENCY, "HEALTH", HEALTH)
        .name("乳癌、大腸癌、口腔癌篩檢", "Breast, bowel and oral cancer screening")
        .summary(
            "依國民健康署公告年齡及間隔，免費提供乳房X光攝影、糞便潛血及口腔黏膜檢查。",
            "Free mammograms, stool tests and oral checks for eligible ages.")
        .description(
            "糞便潛血檢查可於本所領取採檢管，在家採檢後送回；乳房X光攝影於巡迴車或合作醫院" + "進行；吸菸或嚼檳榔者可接受口腔黏膜檢查。結果異常者主動通知並協助轉介確診。",
            "Collect a stool test kit at the centre and bring the sample back; mammograms are "
                + "done in a screening bus or partner hospital; smokers and betel-nut chewers "
                + "can have an oral examination. Abnormal results are followed up and referred "
                + "for diagnosis.")
        .law(
            "癌症防治法、預防保健服務檢查實施辦法",
            "Cancer Control Act; Regulations Governing Preventive Health Services")
        .step("確認資格並登記", "Check eligibility and register")
        .step("進行檢查或領取採檢管", "Have the test, or take home a kit")
        .step("送驗並登錄結果", "The sample is tested and the result recorded")
        .step("通知結果，異常者轉介", "Results are sent; abnormal results are referred")
        .doc("健保卡", "National Health Insurance card")
        .eDoc(
            "篩檢資格及前次檢查紀錄（由國民健康署系統查詢）",
            "Eligibility and last test (looked up in the national screening system)")
        .doc("糞便採檢管及檢體（大腸癌篩檢）", "Stool test kit and sample, for bowel screening")
        .channels(COUNTER)
        .limit(calendarDays(30))
        .build();
  }

  private static DemoService smokingCessation() {
    return service("EASTHEALTH-SMOKING-CESSATION", AGENCY, "HEALTH", HEALTH)
        .name("戒菸服務", "Stop-smoking service")
        .summary("提供戒菸衛教諮詢與門診戒菸治療。", "Counselling and treatment to help you stop smoking.")
        .description(
            "戒菸衛教人員評估菸癮程度並訂定戒菸計畫，符合條件者可使用國民健康署補助的戒菸" + "藥物，每年有補助療程次數上限。戒菸過程中定期電話追蹤。",
            "A counsellor assesses your dependence and agrees a plan to quit; eligible smokers "
                + "can use medication subsidised by the Health Promotion Administration, up to a "
                + "yearly number of courses. Staff follow up by phone.")
        .law("菸害防制法", "Tobacco Hazards Prevention Act")
        .step("掛號並評估菸癮程度", "Register and assess your dependence")
        .step("訂定戒菸計畫", "Agree a plan to quit")
        .step("戒菸治療或衛教", "Treatment or counselling sessions")
        .step("定期追蹤", "Regular follow-up")
        .doc("健保卡", "National Health Insurance card")
        .fee(
            0,
            "衛教免費；戒菸藥物依國民健康署補助規定收取部分負擔",
            "Counselling is free; medication carries the subsidised co-payment")
        .channels(COUNTER, PHONE)
        .build();
  }

  private static DemoService hivScreening() {
    return service("EASTHEALTH-HIV-SCREENING", AGENCY, "HEALTH", HEALTH)
        .name("愛滋病毒匿名篩檢", "Anonymous HIV testing")
        .summary("免費、匿名的愛滋病毒快速篩檢及諮詢。", "Free, anonymous rapid HIV testing with counselling.")
        .description(
            "篩檢不需出示身分證件，採匿名代號登記，約20分鐘可得初步結果。初篩陽性者由個案" + "管理人員協助轉介確認檢驗及就醫，全程保密。",
            "No ID is needed: you are registered under a code, and a first result is ready in "
                + "about 20 minutes. If it is reactive, a case manager arranges confirmation and "
                + "treatment. Everything is confidential.")
        .law("人類免疫缺乏病毒傳染防治及感染者權益保障條例", "HIV Infection Control and Patient Rights Protection Act")
        .step("電話預約或現場登記（匿名）", "Book by phone or walk in; no name needed")
        .step("篩檢前諮詢", "Pre-test counselling")
        .step("快速篩檢", "Rapid test")
        .step("說明結果並視需要轉介", "The result is explained and referral made if needed")
        .doc("篩檢諮詢同意書（以代號填寫）", "Consent form, signed with a code")
        .channels(COUNTER, PHONE)
        .limit(hours(1))
        .build();
  }

  private static DemoService tuberculosisScreening() {
    return service("EASTHEALTH-TB-SCREENING", AGENCY, "HEALTH", HEALTH)
        .name("結核病胸部X光篩檢", "Chest X-ray screening for tuberculosis")
        .summary(
            "結核病接觸者、長者及高風險族群免費胸部X光檢查。",
            "Free chest X-rays for TB contacts, seniors and other high-risk groups.")
        .description(
            "結核病個案的接觸者依疾病管制署規定接受檢查，本所主動通知並安排；65歲以上長者及" + "其他高風險族群可於巡迴X光車到社區時免費篩檢。異常者轉介胸腔專科確診。",
            "Contacts of a TB patient are tested under Taiwan CDC rules; the centre contacts "
                + "them and makes the arrangements. People aged 65 or over and other high-risk "
                + "groups are screened free when the mobile X-ray unit visits. Abnormal findings "
                + "are referred to a chest specialist.")
        .law(DISEASE_ACT, DISEASE_ACT_EN)
        .step("接獲通知或自行登記", "Respond to a notice or register")
        .step("拍攝胸部X光", "Have the chest X-ray")
        .step("判讀並通知結果", "The film is read and the result sent")
        .step("異常者轉介確診", "Abnormal findings are referred")
        .doc("健保卡", "National Health Insurance card")
        .doc("接觸者檢查通知單（接觸者）", "Contact examination notice, for contacts")
        .channels(COUNTER, PHONE)
        .limit(workingDays(14))
        .build();
  }

  private static DemoService healthCertificate() {
    return service("EASTHEALTH-HEALTH-CERTIFICATE", AGENCY, "ADMIN", HEALTH)
        .name("一般體格檢查及健康檢查證明", "General medical examination and health certificate")
        .summary(
            "就業、就學或餐飲從業人員所需的一般體格檢查，完成後核發證明。",
            "Medical examinations for jobs, schools or food handlers, with a certificate.")
        .description(
            "檢查項目包括身高體重、視力、血壓及理學檢查，胸部X光等加做項目另計。報告完成後" + "核發健康檢查證明，機關或學校指定的表格請一併攜帶。",
            "The examination covers height, weight, eyesight, blood pressure and a physical "
                + "check; a chest X-ray and other extras are charged separately. A certificate "
                + "is issued with the results. Bring any form your employer or school requires.")
        .law("醫療法、食品良好衛生規範準則", "Medical Care Act; Regulations on Good Hygiene Practice for Food")
        .step("臨櫃掛號並繳費", "Register and pay")
        .step("進行各項檢查", "Have the examinations")
        .step("醫師判讀", "A doctor reviews the results")
        .step("核發健康檢查證明", "The certificate is issued")
        .doc("國民身分證", "ID card")
        .doc("最近半年內相片", "A recent photo")
        .doc("指定體檢表（機關或學校指定者）", "Any form required by the employer or school")
        .fee(
            300,
            "基本項目；胸部X光及其他加做項目另計",
            "Basic examination; chest X-ray and other extras are charged separately")
        .channels(COUNTER)
        .limit(workingDays(5))
        .target(workingDays(3))
        .build();
  }

  /** The child, the parent or guardian applying, the vaccine and the day wanted. */
  private static ServiceBuilder childParticulars(ServiceBuilder b) {
    return b.field("childName", FieldType.TEXT, true, "幼兒姓名", "The child's name")
        .field("childBirthDate", FieldType.DATE, true, "幼兒出生日期", "The child's date of birth")
        .field(
            "childId",
            FieldType.NATIONAL_ID,
            true,
            "幼兒國民身分證統一編號或統一證號",
            "The child's national ID or resident certificate number")
        .choiceField(
            "guardian",
            true,
            "申請人與幼兒關係",
            "You are the child's",
            choice("mother", "母親", "Mother"),
            choice("father", "父親", "Father"),
            choice("guardian", "其他法定代理人", "Other legal guardian"))
        .choiceField(
            "vaccine",
            true,
            "預約接種疫苗",
            "Vaccine to book",
            choice("dtap-ipv-hib-hepb", "五合一疫苗", "DTaP-IPV/Hib (5-in-1)"),
            choice("pcv13", "13價結合型肺炎鏈球菌疫苗", "Pneumococcal conjugate (PCV13)"),
            choice("mmr", "麻疹腮腺炎德國麻疹混合疫苗", "Measles, mumps and rubella (MMR)"),
            choice("varicella", "水痘疫苗", "Chickenpox (varicella)"),
            choice("je", "日本腦炎疫苗", "Japanese encephalitis"),
            choice("other", "其他或不確定（由護理師確認）", "Other, or not sure (the nurse checks)"))
        .field("preferredDate", FieldType.DATE, true, "希望接種日期", "Preferred date");
  }

  /** The vaccinated person, the certificate's language, copies and what it is for. */
  private static ServiceBuilder vaccinatedPerson(ServiceBuilder b) {
    return b.field(
            "nationalId",
            FieldType.NATIONAL_ID,
            true,
            "受接種者國民身分證統一編號或統一證號",
            "National ID or resident certificate number of the vaccinated person")
        .choiceField(
            "language",
            true,
            "證明語文",
            "Language of the certificate",
            choice("zh", "中文", "Chinese"),
            choice("en", "英文", "English"),
            choice("both", "中文及英文", "Chinese and English"))
        .field("copies", FieldType.NUMBER, false, "申請份數", "Number of copies")
        .field("personName", FieldType.TEXT, true, "受接種者姓名", "Name of the vaccinated person")
        .field(
            "birthDate", FieldType.DATE, true, "受接種者出生日期", "Date of birth of the vaccinated person")
        .choiceField(
            "purpose",
            true,
            "證明用途",
            "What the record is for",
            choice("school", "入學", "School entry"),
            choice("travel", "出國", "Travel abroad"),
            choice("work", "工作", "Work"),
            choice("other", "其他", "Other"));
  }

  /** The person to be checked and the day and session wanted. */
  private static ServiceBuilder healthCheckBooking(ServiceBuilder b) {
    return b.field(
            "nationalId",
            FieldType.NATIONAL_ID,
            true,
            "受檢者國民身分證統一編號或統一證號",
            "National ID or resident certificate number of the person checked")
        .field("birthDate", FieldType.DATE, true, "受檢者出生日期", "Date of birth of the person checked")
        .field("preferredDate", FieldType.DATE, true, "希望檢查日期", "Preferred date")
        .choiceField(
            "session",
            true,
            "時段",
            "Session",
            choice("morning", "上午（請空腹8小時）", "Morning (fast for 8 hours)"),
            choice("afternoon", "下午", "Afternoon"));
  }
}
