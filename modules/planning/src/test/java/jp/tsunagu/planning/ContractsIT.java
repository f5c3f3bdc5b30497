package jp.tsunagu.planning;

import jp.tsunagu.testsupport.IntegrationTest;

import static jp.tsunagu.planning.PlanningFixtures.certificate;
import static jp.tsunagu.planning.PlanningFixtures.contract;
import static jp.tsunagu.planning.PlanningFixtures.newNumber;
import static jp.tsunagu.planning.PlanningFixtures.person;
import static jp.tsunagu.planning.PlanningFixtures.standardDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.tsunagu.kernel.ServiceType;
import jp.tsunagu.planning.api.PlanningQueries;
import jp.tsunagu.planning.events.ContractEnded;
import jp.tsunagu.planning.events.ContractStarted;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * Recipient certificates (受給者証) with their benefit decisions (支給決定), usage contracts (利用契約) that must fit
 * them (PLN-1; EG28/EG61 are the claims rejections this prevents), the contract report CSV, the planning query
 * facade, audit and isolation.
 */
@RecordApplicationEvents
class ContractsIT extends IntegrationTest {
    @Autowired
    PlanningQueries queries;
    @Autowired
    ApplicationEvents events;

    /** A certificate number no other test uses. */




    UUID register(UUID office, String family, String given, String familyKana, String givenKana) throws Exception {
        String json = mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons", office).contentType("application/json")
                        .content(PlanningFixtures.person(family, given, familyKana, givenKana))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    ResultActions postCertificate(String user, UUID office, UUID person, String body, String language) throws Exception {
        return mvc.perform(as(user, post("/api/v1/offices/{o}/persons/{p}/certificates", office, person)
                .header("Accept-Language", language).contentType("application/json").content(body)));
    }

    UUID enterCertificate(UUID office, UUID person, String body) throws Exception {
        String json = postCertificate("alpha.admin", office, person, body, "ja").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    ResultActions postContract(String user, UUID office, UUID person, String body, String language) throws Exception {
        return mvc.perform(as(user, post("/api/v1/offices/{o}/persons/{p}/contracts", office, person)
                .header("Accept-Language", language).contentType("application/json").content(body)));
    }

    UUID startContract(UUID office, UUID person, String body) throws Exception {
        String json = postContract("alpha.admin", office, person, body, "ja").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    @Test
    @DisplayName("PLN-1: under 原則の日数, 23 days for April 2026 → 400 on contractedDays naming the certificate, 2026-04 and 22"
            + " (ja, en), nothing stored; 21 days from February 2026 → limit 20; 22 days in April fit")
    void pln1StandardDays() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID person = register(workshop, "小林", "陽太", "コバヤシ", "ヨウタ");
        String number = newNumber();
        UUID cert = enterCertificate(workshop, person, certificate(number, "2026-01-01", "2026-12-31",
                standardDays("TYPE_B", "2026-01-01", "2026-12-31")));
        long before = count("usage_contract");
        postContract("alpha.admin", workshop, person, contract(cert, "TYPE_B", "2026-04-01", "2026-04-30", 23), "ja")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contractedDays"))
                .andExpect(jsonPath("$.errors[0].rule").value("aboveDecision"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "契約支給量 23 日が、受給者証 " + number + " の支給決定で 2026-04 に認められる 22 日を超えています。"));
        postContract("alpha.admin", workshop, person, contract(cert, "TYPE_B", "2026-04-01", "2026-04-30", 23), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contractedDays"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "The contracted 23 days exceed the 22 days that the benefit decision on certificate " + number
                        + " allows in 2026-04."));
        postContract("alpha.admin", workshop, person, contract(cert, "TYPE_B", "2026-02-01", null, 21), "ja")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contractedDays"))
                .andExpect(jsonPath("$.errors[0].message", allOf(containsString("2026-02"), containsString("20 日"))));
        assertThat(count("usage_contract")).isEqualTo(before);
        assertThat(events.stream(ContractStarted.class)).isEmpty();

        UUID ok = startContract(workshop, person, contract(cert, "TYPE_B", "2026-04-01", "2026-04-30", 22));
        assertThat(count("usage_contract")).isEqualTo(before + 1);
        assertThat(events.stream(ContractStarted.class))
                .containsExactly(new ContractStarted(ALPHA, new jp.tsunagu.kernel.OfficeId(workshop), new jp.tsunagu.kernel.PersonId(person), new jp.tsunagu.planning.api.ContractId(ok), ServiceType.TYPE_B, LocalDate.of(2026, 4, 1), 22));
        mvc.perform(as("alpha.staff", get("/api/v1/offices/{o}/persons/{p}/contracts", workshop, person)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(ok.toString()))
                .andExpect(jsonPath("$[0].contractedDays").value(22))
                .andExpect(jsonPath("$[0].certificateNumber").value(number))
                .andExpect(jsonPath("$[0].ended").value(false));
    }

    @Test
    @DisplayName("a contract must fit the decisions: a start no decision covers (EG61) → 400 startDate; a decided 15 days → 16 is 400;"
            + " a service the office does not offer, a certificate of someone else, an overlap → refused; nothing stored")
    void contractMustFitDecisions() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID person = register(workshop, "中村", "葵", "ナカムラ", "アオイ");
        UUID other = register(workshop, "林", "蓮", "ハヤシ", "レン");
        String number = newNumber();
        UUID cert = enterCertificate(workshop, person, certificate(number, "2026-04-01", "2027-03-31", """
                {"serviceType": "TYPE_B", "amountKind": "DAYS", "daysPerMonth": 15, "periodFrom": "2026-04-01", "periodTo": "2027-03-31"}"""));
        UUID othersCert = enterCertificate(workshop, other, certificate(newNumber(), "2026-04-01", "2027-03-31",
                standardDays("TYPE_B", "2026-04-01", "2027-03-31")));
        long before = count("usage_contract");
        postContract("alpha.admin", workshop, person, contract(cert, "TYPE_B", "2026-03-15", null, 10), "ja")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"))
                .andExpect(jsonPath("$.errors[0].message", allOf(containsString(number), containsString("2026-03-15"))));
        postContract("alpha.admin", workshop, person, contract(cert, "TYPE_B", "2026-05-01", null, 16), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contractedDays"))
                .andExpect(jsonPath("$.errors[0].message", allOf(containsString("2026-05"), containsString("the 15 days"))));
        postContract("alpha.admin", workshop, person, contract(cert, "TYPE_A", "2026-05-01", null, 10), "ja")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("serviceType"));
        postContract("alpha.admin", workshop, person, contract(othersCert, "TYPE_B", "2026-05-01", null, 10), "ja")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("certificateId"));
        postContract("alpha.admin", workshop, person, contract(cert, "TYPE_B", "2026-05-01", "2026-04-30", 10), "ja")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        postContract("alpha.admin", workshop, person, contract(cert, "TYPE_B", "2026-05-01", null, 32), "ja")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contractedDays"));
        assertThat(count("usage_contract")).isEqualTo(before);

        startContract(workshop, person, contract(cert, "TYPE_B", "2026-05-01", null, 15));
        postContract("alpha.admin", workshop, person, contract(cert, "TYPE_B", "2026-08-01", null, 10), "ja")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("2026-05-01")));
        assertThat(count("usage_contract")).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("certificates: entered with decisions, listed and read; each bad input → 400 naming the field and the rule (ja, en);"
            + " nothing stored")
    void certificates() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID person = register(workshop, "吉田", "結衣", "ヨシダ", "ユイ");
        String number = newNumber();
        String good = certificate(number, "2026-04-01", "2027-03-31", standardDays("TYPE_B", "2026-04-01", "2027-03-31") + ","
                + """
                {"serviceType": "TRANSITION", "amountKind": "DAYS", "daysPerMonth": 10, "periodFrom": "2026-04-01",
                 "periodTo": "2027-03-31", "provisional": true, "provisionalUntil": "2026-05-31"}""");
        long certificates = count("recipient_certificate");
        long decisions = count("benefit_decision");

        bad(workshop, person, good.replace(number, "123456789"), "certificateNumber",
                "受給者証番号は10桁の数字で入力してください。", "The recipient certificate number must be exactly 10 digits.");
        bad(workshop, person, good.replace(number, "12345678AB"), "certificateNumber",
                "受給者証番号は10桁の数字で入力してください。", "The recipient certificate number must be exactly 10 digits.");
        bad(workshop, person, good.replace("131016", "13101"), "municipalityCode",
                "市町村番号は6桁の数字で入力してください。", "The municipality code must be exactly 6 digits.");
        bad(workshop, person, good.replace("\"validTo\": \"2027-03-31\"", "\"validTo\": \"2026-03-31\""), "validTo",
                "終了日が開始日より前になっています。", "The end date is before the start date.");
        bad(workshop, person, good.replace("\"monthlyCopayCap\": 9300", "\"monthlyCopayCap\": -1"), "monthlyCopayCap",
                "利用者負担上限月額は0円以上で入力してください。", "The monthly copay cap must be 0 yen or more.");
        bad(workshop, person, good.replaceFirst("\"periodTo\": \"2027-03-31\"", "\"periodTo\": \"2027-04-30\""), "decisions[0].periodTo",
                "支給決定期間は受給者証の有効期間 (2026-04-01 〜 2027-03-31) の中にしてください。",
                "The decision period must lie within the certificate validity (2026-04-01 to 2027-03-31).");
        bad(workshop, person, good.replaceFirst("\"periodFrom\": \"2026-04-01\"", "\"periodFrom\": \"2026-03-01\""), "decisions[0].periodFrom",
                "支給決定期間は受給者証の有効期間 (2026-04-01 〜 2027-03-31) の中にしてください。",
                "The decision period must lie within the certificate validity (2026-04-01 to 2027-03-31).");
        bad(workshop, person, good.replaceFirst("\"periodTo\": \"2027-03-31\"", "\"periodTo\": \"2026-03-31\""), "decisions[0].periodTo",
                "終了日が開始日より前になっています。", "The end date is before the start date.");
        bad(workshop, person, good.replace("\"daysPerMonth\": 10, ", ""), "decisions[1].daysPerMonth",
                "支給量が「日数」の支給決定には、月あたりの日数を入力してください。",
                "A benefit decision with an amount in days needs the number of days per month.");
        bad(workshop, person, good.replace("\"provisionalUntil\": \"2026-05-31\"", "\"provisionalUntil\": \"2027-05-31\""),
                "decisions[1].provisionalUntil", "暫定支給決定期間の終了日は支給決定期間 (2026-04-01 〜 2027-03-31) の中にしてください。",
                "The end of the provisional term must lie within the decision period (2026-04-01 to 2027-03-31).");
        postCertificate("alpha.admin", workshop, person, certificate(number, "2026-04-01", "2027-03-31", ""), "ja")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decisions"));
        assertThat(count("recipient_certificate")).isEqualTo(certificates);
        assertThat(count("benefit_decision")).isEqualTo(decisions);

        // full-width digits are the same digits
        String json = postCertificate("alpha.admin", workshop, person, good.replace(number, toFullWidth(number)), "ja")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.certificateNumber").value(number))
                .andExpect(jsonPath("$.decisions.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        UUID cert = UUID.fromString(JsonPath.read(json, "$.id"));
        assertThat(count("recipient_certificate")).isEqualTo(certificates + 1);
        assertThat(count("benefit_decision")).isEqualTo(decisions + 2);
        postCertificate("alpha.admin", workshop, person, good, "ja").andExpect(status().isConflict());
        // a successive certificate
        enterCertificate(workshop, person, certificate(number, "2027-04-01", "2028-03-31", standardDays("TYPE_B", "2027-04-01", "2028-03-31")));

        mvc.perform(as("alpha.staff", get("/api/v1/offices/{o}/persons/{p}/certificates", workshop, person)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].validFrom").value("2027-04-01"))
                .andExpect(jsonPath("$[1].id").value(cert.toString()));
        mvc.perform(as("alpha.staff", get("/api/v1/offices/{o}/persons/{p}/certificates/{c}", workshop, person, cert)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipalityCode").value("131016"))
                .andExpect(jsonPath("$.monthlyCopayCap").value(9300))
                .andExpect(jsonPath("$.decisions[?(@.serviceType=='TYPE_B')].amountKind").value("STANDARD_DAYS"))
                .andExpect(jsonPath("$.decisions[?(@.serviceType=='TRANSITION')].daysPerMonth").value(10))
                .andExpect(jsonPath("$.decisions[?(@.serviceType=='TRANSITION')].provisionalUntil").value("2026-05-31"));
        assertThat(audits("recipient_certificate", person, "CREATE", "alpha.admin")).isEqualTo(2);
        assertThat(audits("recipient_certificate", person, "READ", "alpha.staff")).isEqualTo(2);
    }

    @Test
    @DisplayName("search finds a person by the start of a certificate number")
    void searchByCertificateNumber() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID person = register(workshop, "森", "大和", "モリ", "ヤマト");
        String number = newNumber();
        enterCertificate(workshop, person, certificate(number, "2026-04-01", "2027-03-31", standardDays("TYPE_B", "2026-04-01", "2027-03-31")));
        mvc.perform(as("alpha.staff", get("/api/v1/offices/{o}/persons", workshop).param("q", number.substring(0, 7))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(person.toString()));
        mvc.perform(as("alpha.staff", get("/api/v1/offices/{o}/persons", workshop).param("q", number.substring(3))))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(person.toString()))));
    }

    @Test
    @DisplayName("another tenant's office, an office that does not serve the person → 404; support staff may read but not enter (403);"
            + " nothing stored")
    void isolationAndPrivileges() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID transition = office(ALPHA, "1310000003");
        UUID beta = office(BETA, "2710000001");
        UUID person = register(workshop, "松本", "湊", "マツモト", "ミナト");
        UUID cert = enterCertificate(workshop, person, certificate(newNumber(), "2026-04-01", "2027-03-31",
                standardDays("TYPE_B", "2026-04-01", "2027-03-31")));
        String body = certificate(newNumber(), "2026-04-01", "2027-03-31", standardDays("TYPE_B", "2026-04-01", "2027-03-31"));
        long certificates = count("recipient_certificate");
        long contracts = count("usage_contract");
        long betaCertificates = inTenant(BETA, () -> jdbc.queryForObject("select count(*) from recipient_certificate", Long.class));

        postCertificate("alpha.staff", workshop, person, body, "ja").andExpect(status().isForbidden());
        postContract("alpha.staff", workshop, person, contract(cert, "TYPE_B", "2026-04-01", null, 20), "ja").andExpect(status().isForbidden());
        mvc.perform(as("alpha.staff", get("/api/v1/offices/{o}/contracts/report.csv", workshop).param("month", "2026-04")))
                .andExpect(status().isForbidden());
        mvc.perform(as("alpha.staff", get("/api/v1/offices/{o}/persons/{p}/certificates", workshop, person))).andExpect(status().isOk());

        postCertificate("alpha.admin", transition, person, body, "ja").andExpect(status().isNotFound());
        postContract("alpha.admin", transition, person, contract(cert, "TRANSITION", "2026-04-01", null, 20), "ja")
                .andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/persons/{p}/certificates", transition, person))).andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/persons/{p}/certificates/{c}", transition, person, cert)))
                .andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/persons/{p}/contracts", transition, person))).andExpect(status().isNotFound());

        postCertificate("beta.admin", workshop, person, body, "ja").andExpect(status().isNotFound());
        postCertificate("beta.admin", beta, person, body, "ja").andExpect(status().isNotFound());
        postContract("beta.admin", beta, person, contract(cert, "TYPE_A", "2026-04-01", null, 20), "ja").andExpect(status().isNotFound());
        mvc.perform(as("beta.admin", get("/api/v1/offices/{o}/persons/{p}/certificates/{c}", beta, person, cert)))
                .andExpect(status().isNotFound());
        mvc.perform(as("beta.admin", get("/api/v1/offices/{o}/contracts/report.csv", workshop).param("month", "2026-04")))
                .andExpect(status().isNotFound());
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/persons/{p}/certificates", office(ALPHA, "1310000002"), person)))
                .andExpect(status().isNotFound());

        assertThat(count("recipient_certificate")).isEqualTo(certificates);
        assertThat(count("usage_contract")).isEqualTo(contracts);
        assertThat(inTenant(BETA, () -> jdbc.queryForObject("select count(*) from recipient_certificate", Long.class)))
                .isEqualTo(betaCertificates);
    }

    @Test
    @DisplayName("ending a contract publishes ContractEnded, a second end → 409; the report CSV of the month lists contracts started"
            + " or ended in it (UTF-8 with BOM) and is audited as an EXPORT")
    void endAndReport() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID starting = register(workshop, "井上", "さくら", "イノウエ", "サクラ");
        UUID leaving = register(workshop, "斎藤", "悠真", "サイトウ", "ユウマ");
        String startingNumber = newNumber();
        String leavingNumber = newNumber();
        UUID startingCert = enterCertificate(workshop, starting, certificate(startingNumber, "2026-04-01", "2027-03-31",
                standardDays("TYPE_B", "2026-04-01", "2027-03-31")));
        UUID leavingCert = enterCertificate(workshop, leaving, certificate(leavingNumber, "2026-01-01", "2026-12-31",
                standardDays("TYPE_B", "2026-01-01", "2026-12-31")));
        startContract(workshop, starting, contract(startingCert, "TYPE_B", "2026-06-01", null, 20));
        UUID ending = startContract(workshop, leaving, contract(leavingCert, "TYPE_B", "2026-01-05", null, 19));

        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/contracts/{c}/end", workshop, leaving, ending)
                        .contentType("application/json").content("{\"endDate\": \"2026-01-04\", \"reason\": \"一般就労\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        mvc.perform(as("alpha.staff", post("/api/v1/offices/{o}/persons/{p}/contracts/{c}/end", workshop, leaving, ending)
                        .contentType("application/json").content("{\"endDate\": \"2026-06-20\", \"reason\": \"一般就労\"}")))
                .andExpect(status().isForbidden());
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/contracts/{c}/end", workshop, leaving, ending)
                        .contentType("application/json").content("{\"endDate\": \"2026-06-20\", \"reason\": \"一般就労\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endDate").value("2026-06-20"))
                .andExpect(jsonPath("$.endReason").value("一般就労"))
                .andExpect(jsonPath("$.ended").value(true));
        assertThat(events.stream(ContractEnded.class))
                .containsExactly(new ContractEnded(ALPHA, new jp.tsunagu.kernel.OfficeId(workshop), new jp.tsunagu.kernel.PersonId(leaving), new jp.tsunagu.planning.api.ContractId(ending), ServiceType.TYPE_B, LocalDate.of(2026, 6, 20)));
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/contracts/{c}/end", workshop, leaving, ending)
                        .contentType("application/json").content("{\"endDate\": \"2026-06-25\", \"reason\": \"再\"}")))
                .andExpect(status().isConflict());
        mvc.perform(as("alpha.admin", post("/api/v1/offices/{o}/persons/{p}/contracts/{c}/end", workshop, starting, ending)
                        .contentType("application/json").content("{\"endDate\": \"2026-06-25\", \"reason\": \"再\"}")))
                .andExpect(status().isNotFound());

        byte[] bytes = mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/contracts/report.csv", workshop).param("month", "2026-06")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("contract-report-2026-06.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = csv.substring(1).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("事業所番号,氏名,フリガナ,受給者証番号,市町村番号,サービス種別,契約支給量(日/月),契約開始日,契約終了日,終了理由");
        assertThat(lines).contains(
                "\"1310000001\",\"井上 さくら\",\"イノウエ サクラ\",\"" + startingNumber + "\",\"131016\",\"就労継続支援B型\",20,\"2026-06-01\",,",
                "\"1310000001\",\"斎藤 悠真\",\"サイトウ ユウマ\",\"" + leavingNumber + "\",\"131016\",\"就労継続支援B型\",19,\"2026-01-05\",\"2026-06-20\",\"一般就労\"");
        assertThat(csv).contains("\r\n");
        String may = new String(mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/contracts/report.csv", workshop).param("month", "2026-05")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(may).doesNotContain(startingNumber).doesNotContain(leavingNumber);
        mvc.perform(as("alpha.admin", get("/api/v1/offices/{o}/contracts/report.csv", workshop).param("month", "2026-13")))
                .andExpect(status().isBadRequest());

        assertThat(audits("contract_report", starting, "EXPORT", "alpha.admin")).isOne();
        assertThat(audits("contract_report", leaving, "EXPORT", "alpha.admin")).isOne();
        assertThat(audits("usage_contract", leaving, "CREATE", "alpha.admin")).isOne();
        assertThat(audits("usage_contract", leaving, "UPDATE", "alpha.admin")).isOne();
    }

    @Test
    @DisplayName("PlanningQueries.hasValidContract: true only where a contract of the office and a decision for the service type"
            + " both cover the date; it refuses to run outside a transaction")
    void planningQueries() throws Exception {
        UUID workshop = office(ALPHA, "1310000001");
        UUID transition = office(ALPHA, "1310000003");
        UUID person = register(workshop, "山口", "陸", "ヤマグチ", "リク");
        UUID cert = enterCertificate(workshop, person, certificate(newNumber(), "2026-04-01", "2027-03-31",
                standardDays("TYPE_B", "2026-04-01", "2026-09-30")));
        startContract(workshop, person, contract(cert, "TYPE_B", "2026-05-01", "2026-12-31", 20));
        assertThat(valid(workshop, person, ServiceType.TYPE_B, "2026-05-01")).isTrue();
        assertThat(valid(workshop, person, ServiceType.TYPE_B, "2026-09-30")).isTrue();
        assertThat(valid(workshop, person, ServiceType.TYPE_B, "2026-04-30")).as("before the contract").isFalse();
        assertThat(valid(workshop, person, ServiceType.TYPE_B, "2026-10-01")).as("after the decision").isFalse();
        assertThat(valid(workshop, person, ServiceType.TYPE_A, "2026-06-01")).as("another service type").isFalse();
        assertThat(valid(transition, person, ServiceType.TYPE_B, "2026-06-01")).as("another office").isFalse();
        assertThat(inTenant(BETA, () -> queries.hasValidContract(new jp.tsunagu.kernel.OfficeId(workshop), new jp.tsunagu.kernel.PersonId(person), ServiceType.TYPE_B, LocalDate.of(2026, 6, 1))))
                .as("another tenant").isFalse();
        assertThatThrownBy(() -> queries.hasValidContract(new jp.tsunagu.kernel.OfficeId(workshop), new jp.tsunagu.kernel.PersonId(person), ServiceType.TYPE_B, LocalDate.of(2026, 6, 1)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private boolean valid(UUID office, UUID person, ServiceType type, String date) {
        return inTenant(ALPHA, () -> queries.hasValidContract(new jp.tsunagu.kernel.OfficeId(office), new jp.tsunagu.kernel.PersonId(person), type, LocalDate.parse(date)));
    }

    private void bad(UUID office, UUID person, String body, String field, String japanese, String english) throws Exception {
        postCertificate("alpha.admin", office, person, body, "ja")
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(japanese));
        postCertificate("alpha.admin", office, person, body, "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(english));
    }

    private static String toFullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) (c - '0' + '０')));
        return out.toString();
    }

    private long audits(String resource, UUID person, String action, String user) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from audit_record where resource = ? and subject_person_id = ?"
                + " and action = ? and username = ?", Long.class, resource, person, action, user));
    }

    private long count(String table) {
        return inTenant(ALPHA, () -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
}
