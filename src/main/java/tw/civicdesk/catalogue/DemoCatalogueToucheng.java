// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import static tw.civicdesk.calendar.TimeLimit.calendarDays;
import static tw.civicdesk.calendar.TimeLimit.workingDays;
import static tw.civicdesk.catalogue.Channel.COUNTER;
import static tw.civicdesk.catalogue.Channel.MAIL;
import static tw.civicdesk.catalogue.Channel.ONLINE;
import static tw.civicdesk.catalogue.Channel.PHONE;
import static tw.civicdesk.catalogue.DemoCatalogue.service;
import static tw.civicdesk.catalogue.ServiceCategory.ENVIRONMENT;
import static tw.civicdesk.catalogue.ServiceCategory.MEDIATION;
import static tw.civicdesk.catalogue.ServiceCategory.SOCIAL_WELFARE;

import java.util.List;
import tw.civicdesk.catalogue.DemoCatalogue.DemoService;

/**
 * Demo services of 宜蘭縣頭城鎮公所, the second township under Yilan County in the demo (so that the
 * county's overview compares two agencies). Not from the seeds: a few services typical of a
 * township office.
 */
final class DemoCatalogueToucheng {

  private static final String AGENCY = "YILAN-TOUCHENG";

  private DemoCatalogueToucheng() {}

  static List<DemoService> services() {
    return List.of(mediation(), lowIncomeCertificate(), bulkyWaste());
  }

  private static DemoService mediation() {
    return service("TOUCHENG-MEDIATION", AGENCY, "CIVIL", MEDIATION)
        .name("民事及告訴乃論刑事事件調解聲請", "Mediation of civil and complaint-only criminal cases")
        .summary(
            "由鎮調解委員會免費協助當事人解決民事糾紛及告訴乃論之刑事事件。",
            "The township mediation committee helps parties settle disputes, free of charge.")
        .description(
            "車禍、債務、相鄰、租賃等民事糾紛，以及告訴乃論之刑事事件，均可向鎮公所聲請" + "調解。調解成立者，調解書經法院核定後與民事確定判決有同一效力。",
            "Civil disputes such as traffic accidents, debts or neighbour quarrels, and offences "
                + "prosecuted only on complaint, can be mediated at the township office. A "
                + "settlement approved by the district court has the force of a final judgment.")
        .law("鄉鎮市調解條例", "Township and County-Administered City Mediation Act")
        .step("填寫聲請書，載明對造及爭議事由", "Fill in the application, naming the other party")
        .step("調解秘書審查並排定調解期日", "The mediation secretary checks it and sets a date")
        .step("召開調解會議", "The mediation session takes place")
        .doc("調解聲請書", "Mediation application")
        .doc("聲請人國民身分證", "Applicant's ID card")
        .channels(COUNTER, MAIL)
        .limit(calendarDays(15))
        .build();
  }

  private static DemoService lowIncomeCertificate() {
    return service("TOUCHENG-LOW-INCOME-CERT", AGENCY, "SOCIAL", SOCIAL_WELFARE)
        .name("低收入戶、中低收入戶證明", "Certificate of low-income household status")
        .summary(
            "已核定資格者申請證明書，供減免或補助使用。",
            "Households with approved status get a certificate for fee waivers and subsidies.")
        .description(
            "經縣政府核定為低收入戶或中低收入戶者，可申請證明書，供學雜費減免、健保及" + "水電費優惠等使用。",
            "Households approved by the county government can ask for a certificate, used for "
                + "tuition waivers, health insurance and utility discounts.")
        .law("社會救助法", "Public Assistance Act")
        .step("提出申請", "Apply")
        .step("於社政系統查核資格", "The office checks the status in the welfare system")
        .step("核發證明", "The certificate is issued")
        .doc("國民身分證", "ID card")
        .channels(COUNTER)
        .limit(workingDays(1))
        .build();
  }

  private static DemoService bulkyWaste() {
    return service("TOUCHENG-BULKY-WASTE", AGENCY, "CLEANING", ENVIRONMENT)
        .name("大型廢棄物及廢家電清運", "Collection of bulky waste and old appliances")
        .summary(
            "預約清潔隊到府收運家具等大型廢棄物及廢家電。",
            "Book the sanitation team to collect furniture and old appliances from your home.")
        .description(
            "家具、床墊等大型廢棄物及廢家電不可隨一般垃圾丟棄，請以電話或網路預約，清潔隊" + "依路線排定收運日期。",
            "Furniture, mattresses and large appliances may not be put out with household "
                + "rubbish. Book a collection by phone or online; the team sets a date on its "
                + "route.")
        .law("廢棄物清理法", "Waste Disposal Act")
        .step("預約並說明品項及數量", "Book, stating the items and how many")
        .step("清潔隊排定收運日期並通知", "The team sets a collection date and tells you")
        .step("清潔隊收運", "The team collects them")
        .doc("清運預約資料（地址、品項及數量）", "Booking details: address, items and quantity")
        .channels(COUNTER, PHONE, ONLINE)
        .limit(workingDays(7))
        .field("address", FieldType.ADDRESS, true, "收運地址", "Collection address")
        .field("items", FieldType.TEXT, true, "品項及數量", "Items and how many")
        .build();
  }
}
