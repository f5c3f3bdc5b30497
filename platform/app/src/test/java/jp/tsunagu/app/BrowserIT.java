package jp.tsunagu.app;

import jp.tsunagu.planning.PlanningFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

/**
 * The UI in a real browser (Debian's headless Chromium) with a real Keycloak login: a tenant admin manages
 * members and roles, an auditor searches the audit trail. Screenshots go to {@code target/screenshots}. Every page of
 * the application that a step waits on passes {@link PageChecks} (fits a 1280 and a 768 px window, no serious or
 * critical axe-core violation); Keycloak's own login pages are not checked.
 */
class BrowserIT extends KeycloakAppSupport {
    @Autowired
    ProvisionCommand provision;
    /** The rule tables, for the minimum wage a step expects on the day it runs. */
    @Autowired
    jp.tsunagu.rules.Rules rules;

    private WebDriver browser;
    /** Run on every page of ours the test opens (through {@link #wait}): no sideways scrolling, no serious axe violation. */
    private PageChecks checks;
    /** The browser's profile, a directory of its own for each test, removed after it. */
    private Path profile;

    @BeforeEach
    void open() throws Exception {
        assertThat(provision.run(new String[] {Path.of("../../tenants").toAbsolutePath().normalize().toString()})).isZero();
        startBrowser();
    }

    /** A fresh browser with a profile of its own (a second user's session starts clean). */
    private void startBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--lang=ja",
                "--window-size=1280,900", "--user-data-dir=" + (profile = Files.createTempDirectory("chromium")));
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ja,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
        checks = new PageChecks(browser, APP);
    }

    @AfterAll
    static void checked() {
        System.out.println(PageChecks.summary(APP));
    }

    @AfterEach
    void close() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    @Test
    @DisplayName("a tenant admin adds a member with a role and an office; removing the last tenant admin is refused on the page")
    void tenantAdminManagesMembers() throws Exception {
        login("hikari.admin");
        browser.findElement(By.linkText("所属と役割")).click();
        wait(By.cssSelector("table.members"));
        browser.findElement(By.name("username")).sendKeys("hikari.newcomer");
        browser.findElement(By.cssSelector("input[name=roles][value=SUPPORT_STAFF]")).click();
        WebElement workshop = browser.findElements(By.cssSelector("input[name=officeIds]")).stream()
                .filter(e -> e.findElement(By.xpath("..")).getText().contains("ひかり作業所")).findFirst().orElseThrow();
        workshop.click();
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        WebElement row = wait(By.cssSelector("tr[data-username='hikari.newcomer']"));
        assertThat(row.getText()).contains("支援員").contains("ひかり作業所");
        assertThat(browser.findElement(By.cssSelector(".message")).getText()).contains("hikari.newcomer");
        screenshot("members");

        browser.findElement(By.cssSelector("tr[data-username='hikari.admin'] button")).click();
        assertThat(wait(By.cssSelector(".error")).getText())
                .isEqualTo("この変更を行うとテナントに法人管理者が一人もいなくなるため、実行できません。");
        assertThat(browser.findElements(By.cssSelector("tr[data-username='hikari.admin']"))).hasSize(1);

        browser.findElement(By.cssSelector("tr[data-username='hikari.newcomer'] button")).click();
        wait(By.cssSelector(".message"));
        assertThat(browser.findElements(By.cssSelector("tr[data-username='hikari.newcomer']"))).isEmpty();
    }

    @Test
    @DisplayName("an auditor searches the trail by user and period, with 和暦 dates, and sees no member page")
    void auditorSearchesTheTrail() throws Exception {
        login("hikari.admin");
        browser.get(APP + "/admin/members");
        wait(By.name("username")).sendKeys("hikari.temp");
        browser.findElement(By.cssSelector("input[name=roles][value=AUDITOR]")).click();
        browser.findElement(By.cssSelector("input[name=allOffices]")).click();
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        wait(By.cssSelector("tr[data-username='hikari.temp']"));
        close(); // a new browser for the other user, the first one's profile removed
        open();

        login("hikari.auditor");
        assertThat(browser.findElements(By.linkText("所属と役割"))).isEmpty();
        browser.findElement(By.linkText("監査記録")).click();
        wait(By.name("user")).sendKeys("hikari.admin");
        browser.findElement(By.cssSelector("form.search button")).click();
        WebElement table = wait(By.cssSelector("table.audit tbody tr"));
        assertThat(browser.findElement(By.cssSelector("table.audit")).getText()).contains("hikari.admin", "membership", "hikari.temp", "令和");
        assertThat(browser.findElement(By.cssSelector(".period")).getText()).contains("令和");
        assertThat(table.getText()).contains("hikari.admin");
        screenshot("audit");

        browser.get(APP + "/audit?from=2026-05-01&to=2026-04-01");
        assertThat(wait(By.cssSelector(".error")).getText()).isEqualTo("期間の開始日 2026-05-01 が終了日 2026-04-01 より後になっています。");
    }

    @Test
    @DisplayName("a service manager registers a person with a certificate, a contract and an assessment, drafts a plan, records the meeting, consent and delivery; the dashboard shows the next monitoring")
    void planningCycle() throws Exception {
        login("hikari.sabikan");
        browser.findElement(By.linkText("ひかり作業所")).click();
        wait(By.linkText("利用者")).click();
        wait(By.name("familyName")).sendKeys("大野");
        browser.findElement(By.name("givenName")).sendKeys("結衣");
        browser.findElement(By.name("familyNameKana")).sendKeys("オオノ");
        browser.findElement(By.name("givenNameKana")).sendKeys("ユイ");
        date(browser.findElement(By.name("birthDate")), "1998-02-14");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        assertThat(wait(By.tagName("h1")).getText()).contains("大野 結衣", "オオノ ユイ");

        open("受給者証を登録する");
        WebElement certificate = browser.findElement(By.cssSelector("form.certificate-form"));
        certificate.findElement(By.name("certificateNumber")).sendKeys("1312345678");
        certificate.findElement(By.name("municipalityCode")).sendKeys("131016");
        certificate.findElement(By.name("municipalityName")).sendKeys("千代田区");
        date(certificate.findElement(By.name("validFrom")), "2026-04-01");
        date(certificate.findElement(By.name("validTo")), "2027-03-31");
        date(certificate.findElement(By.name("periodFrom")), "2026-04-01");
        date(certificate.findElement(By.name("periodTo")), "2027-03-31");
        certificate.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("受給者証を登録しました。");

        open("利用契約を登録する");
        WebElement contract = browser.findElement(By.cssSelector("form.contract-form"));
        date(contract.findElement(By.name("startDate")), "2026-04-01");
        contract.findElement(By.name("contractedDays")).sendKeys("23");
        contract.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(wait(By.cssSelector(".error")).getText()).contains("22");  // PLN-1: April allows 30 − 8 days
        open("利用契約を登録する");
        contract = browser.findElement(By.cssSelector("form.contract-form"));
        // the refused form came back as typed: the start date is kept, the days are corrected
        assertThat(contract.findElement(By.name("startDate")).getDomProperty("value")).isEqualTo("2026-04-01");
        WebElement days = contract.findElement(By.name("contractedDays"));
        assertThat(days.getDomProperty("value")).isEqualTo("23");
        days.clear();
        days.sendKeys("20");
        contract.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("利用契約を登録しました。");

        open("アセスメントを記録する");
        WebElement assessment = browser.findElement(By.cssSelector("form.assessment-form"));
        date(assessment.findElement(By.name("interviewedOn")), "2026-04-10");
        assessment.findElement(By.name("assessor")).sendKeys("佐藤 誠");
        assessment.findElement(By.name("purposeExplained")).click();
        assessment.findElement(By.name("personWishes")).sendKeys("お菓子づくりを続けたい");
        assessment.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("アセスメントを記録しました。");
        assertThat(browser.findElement(By.cssSelector("table.assessments")).getText()).contains("令和8年4月10日", "お菓子づくり");
        screenshot("planning-person");

        browser.findElement(By.xpath("//button[text()='個別支援計画を作成する']")).click();
        wait(By.id("personWishes")).sendKeys("お菓子づくりを続けたい");
        browser.findElement(By.id("longTermGoal")).sendKeys("販売も担当する");
        browser.findElement(By.name("items[0].need")).sendKeys("体力");
        browser.findElement(By.name("items[0].goal")).sendKeys("午後も作業を続ける");
        browser.findElement(By.cssSelector("form.plan-content button[type=submit]")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("計画の内容を保存しました。");

        date(browser.findElement(By.name("heldOn")), "2026-05-20");
        browser.findElement(By.id("attendees")).sendKeys("佐藤 誠\n大野 結衣");
        browser.findElement(By.name("personAttended")).click();
        browser.findElement(By.xpath("//button[text()='会議を記録する']")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("個別支援計画作成会議を記録しました。");
        date(browser.findElement(By.name("agreedOn")), "2026-05-25");
        browser.findElement(By.xpath("//button[text()='同意を記録する']")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("同意を記録しました。");
        date(browser.findElement(By.name("deliveredOn")), "2026-05-30");
        browser.findElement(By.xpath("//button[text()='交付を記録する']")).click();
        assertThat(wait(By.cssSelector(".next-due")).getText()).contains("令和8年11月30日 (2026-11-30)");
        assertThat(browser.findElement(By.cssSelector("tr[data-version='1'] .state")).getText()).isEqualTo("交付済み");
        screenshot("planning-plan");

        browser.get(browser.getCurrentUrl().replaceAll("/planning/plans/.*", "/planning/monitoring?date=2026-11-15"));
        WebElement due = wait(By.cssSelector("table.due"));
        assertThat(due.getText()).contains("大野 結衣", "令和8年11月30日");
        screenshot("planning-monitoring");
    }

    @Test
    @DisplayName("the tablet at tablet size: a B型 user finds their name by kana row and checks in, another checks out; the board shows both; an employed A型 user's check-in into a B型 area is refused with the rule's message; then the pages no other step opens (shift table, configuration, a record, an absence, the sheets, modules, rules, tenant choice) pass the page checks")
    void tabletCheckInAndBoard() throws Exception {
        String token = accessToken("hikari.admin", "demo-password");
        String works = officeId("1312000029"); // ひかりワークス: employed A型 and B型 (多機能型)
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
        String typeB = id(api(token, "POST", "/api/v1/offices/" + works + "/workspace/groups", "{\"name\": \"B型 箱折り班\", \"kind\": \"TYPE_B\"}"));
        String typeA = id(api(token, "POST", "/api/v1/offices/" + works + "/workspace/groups", "{\"name\": \"A型 清掃班\", \"kind\": \"EMPLOYED_A\"}"));
        String room = id(api(token, "POST", "/api/v1/offices/" + works + "/workspace/places", "{\"type\": \"AREA\", \"name\": \"作業室1\"}"));
        api(token, "POST", "/api/v1/offices/" + works + "/workspace/assignments", """
                {"groupId": "%s", "placeId": "%s", "startsAt": "00:00", "endsAt": "23:59", "validFrom": "2026-04-01"}""".formatted(typeB, room));
        String kimura = servedPerson(token, works, "木村", "キムラ", "TYPE_B", "1312990001");
        String sato = servedPerson(token, works, "佐野", "サノ", "TYPE_B", "1312990002");
        String tanaka = servedPerson(token, works, "田中", "タナカ", "TYPE_A", "1312990003");
        String satoRecord = id(api(token, "POST", "/api/v1/offices/" + works + "/workspace/attendance/check-in", """
                {"personId": "%s", "date": "%s", "time": "00:00", "groupId": "%s"}""".formatted(sato, today, typeB))); // came early

        login("hikari.admin");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1024, 768)); // a 10-inch tablet, landscape
        browser.get(APP + "/offices/" + works + "/workspace/tablet");
        WebElement ka = wait(By.linkText("カ"));
        assertThat(ka.getSize().getHeight()).as("touch target").isGreaterThanOrEqualTo(64);
        ka.click();
        wait(By.partialLinkText("木村 一")).click();
        wait(By.xpath("//label[span[text()='作業室1']]")).click();
        WebElement in = browser.findElement(By.cssSelector("button.primary"));
        assertThat(in.getSize().getHeight()).isGreaterThanOrEqualTo(64);
        in.click();
        assertThat(wait(By.cssSelector(".message")).getText()).startsWith("木村 一 さん、").contains("出席しました");
        screenshot("workspace-tablet-checked-in");

        wait(By.linkText("サ")).click();
        wait(By.partialLinkText("佐野 一")).click();
        wait(By.name("meal")).click();
        browser.findElement(By.cssSelector("button.primary")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).startsWith("佐野 一 さん、").contains("退所しました");

        wait(By.linkText("タ")).click();
        wait(By.partialLinkText("田中 一")).click();
        wait(By.xpath("//label[span[text()='作業室1']]")).click();
        browser.findElement(By.cssSelector("button.primary")).click();
        assertThat(wait(By.cssSelector(".error")).getText())
                .contains("作業室1", "B型 箱折り班", "雇用契約のあるA型利用者と、雇用によらないA型・B型の利用者は、作業場所と作業内容を分けなければなりません");
        screenshot("workspace-tablet-separation");

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        browser.get(APP + "/offices/" + works + "/workspace/board");
        assertThat(wait(By.cssSelector("header .today")).getText()).contains("令和"); // the header's date, not the page's model
        // the board replaces its groups every 5 s (htmx): each check reads the row afresh, retrying a row replaced meanwhile
        String groupB = "//section[@class='board-group'][h2/span[text()='B型 箱折り班']]";
        String groupA = "//section[@class='board-group'][h2/span[text()='A型 清掃班']]";
        boardRow(groupB, kimura, "木村 一", "出席中");
        boardRow(groupB, sato, "佐野 一", "退所済み", "00:00");
        boardRow(groupA, tanaka, "田中 一", "未出席");
        // live: a check-out made elsewhere (another tablet) shows without reloading the page
        api(token, "POST", "/api/v1/offices/" + works + "/workspace/attendance/check-out", """
                {"personId": "%s", "date": "%s", "time": "23:59"}""".formatted(kimura, today));
        boardRow(groupB, kimura, "木村 一", "退所済み");
        screenshot("workspace-board");

        // the pages that no other step opens, each through the page checks (see wait): fit the window, pass axe
        String workspace = APP + "/offices/" + works + "/workspace";
        browser.get(workspace + "/groups/" + typeB + "/shift-table");
        wait(By.cssSelector("table.slots"));
        browser.get(workspace + "/config");
        wait(By.cssSelector("table.groups"));
        browser.get(workspace + "/records/" + satoRecord);
        wait(By.cssSelector("main h1"));
        browser.get(workspace + "/absences/" + tanaka + "?date=" + today + "&groupId=" + typeA);
        wait(By.cssSelector("main form"));
        browser.get(workspace + "/sheets?month=" + today.substring(0, 7));
        wait(By.cssSelector("table.sheets"));
        browser.get(workspace + "/sheets/" + sato + "?month=" + today.substring(0, 7));
        wait(By.cssSelector("table.sheet"));
        screenshot("workspace-sheet");
        browser.get(APP + "/offices/" + works + "/modules");
        wait(By.cssSelector("table.modules"));
        browser.get(APP + "/offices/" + works + "/rules");
        wait(By.cssSelector("main h1"));
        browser.get(APP + "/rules");
        wait(By.cssSelector("table.versions"));
        screenshot("rules");
        browser.get(APP + "/tenant");
        wait(By.cssSelector("main h1"));
    }

    @Test
    @DisplayName("wages at the B型 workshop: last month's records closed, the ledger entered on the page, pay rules of 200 yen an hour, the preview by kana and the close; the payslip PDF opens and shows the method, the hours and the amount")
    void wagesFromLedgerToPayslip() throws Exception {
        String token = accessToken("hikari.admin", "demo-password");
        String workshop = officeId("1312000011"); // ひかり作業所: B型, with the wages module
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Tokyo")).minusMonths(1);
        String group = id(api(token, "POST", "/api/v1/offices/" + workshop + "/workspace/groups", "{\"name\": \"B型 工賃班\", \"kind\": \"TYPE_B\"}"));
        String ono = wagesUser(token, workshop, "大野", "オオノ", month);
        String ito = wagesUser(token, workshop, "伊東", "イトウ", month);
        for (int day = 2; day <= 4; day++) {
            workedDay(token, workshop, ono, group, month.atDay(day));
        }
        workedDay(token, workshop, ito, group, month.atDay(2));
        api(token, "POST", "/api/v1/offices/" + workshop + "/workspace/months/" + month + "/close", "");

        login("hikari.admin");
        String wages = APP + "/offices/" + workshop + "/wages";
        browser.get(wages + "/ledger?month=" + month);
        wait(By.cssSelector("table.summary"));
        open("作業種目を追加する");
        browser.findElement(By.cssSelector("form.activity-form input[name=name]")).sendKeys("箱折り受託");
        browser.findElement(By.cssSelector("form.activity-form button")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("作業種目を追加しました。");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("category"))).selectByValue("CONTRACT_INCOME");
        browser.findElement(By.name("voucherNumber")).sendKeys("R-001");
        date(browser.findElement(By.name("date")), month.atEndOfMonth().toString());
        browser.findElement(By.name("partner")).sendKeys("株式会社 みどり紙工");
        browser.findElement(By.name("amount")).sendKeys("３２０００"); // typed full-width, as offices do
        browser.findElement(By.cssSelector("form.entry-form button")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("伝票を記帳しました。");
        assertThat(browser.findElement(By.cssSelector("table.summary tfoot .pool")).getText()).isEqualTo("32,000円");
        screenshot("wages-ledger");

        browser.get(wages + "/pay-rules");
        wait(By.cssSelector("form.pay-rule-form"));
        date(browser.findElement(By.name("effectiveMonth")), month.toString());
        browser.findElement(By.name("ratePerHour")).sendKeys("200");
        browser.findElement(By.cssSelector("form.pay-rule-form button")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("工賃規程を登録しました。");

        browser.get(wages + "/runs?month=" + month);
        WebElement run = wait(By.cssSelector("table.run"));
        // 16 h in all: base 200 × 12 h = 2,400 and 200 × 4 h = 800; the rest 28,800 by hours: 21,600 and 7,200
        assertThat(run.getText()).containsSubsequence("イトウ ハジメ", "8,000円", "オオノ ハジメ", "24,000円");
        assertThat(browser.findElement(By.cssSelector(".total-paid")).getText()).isEqualTo("32,000円");
        screenshot("wages-run-preview");
        browser.findElement(By.cssSelector("form.close-form button")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).contains("工賃を確定しました", "32,000");

        String payslips = wait(By.cssSelector("a.payslips")).getAttribute("href");
        var pdf = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(payslips)).header("Cookie", cookies()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2); // one payslip per user
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("工賃明細書", "大野 一", "時間給", "200円", "12時間00分", "24,000");
        }
        screenshot("wages-run-closed");
    }

    @Test
    @DisplayName("employment at the A型 office: a contract below Tokyo's minimum wage on its first day is refused on the page naming the date and the rate, the form kept as typed; at the minimum or above it is recorded and listed in 和暦, and its 労働条件通知書 PDF opens with the worker, the term and the hourly wage")
    void employmentContractBelowMinimumWage() throws Exception {
        String token = accessToken("hikari.admin", "demo-password");
        String works = officeId("1312000029"); // ひかりワークス: employed A型 and B型, with the employment module
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        var minimumWages = new jp.tsunagu.rules.national.MinimumWages(rules.on(today));
        long minimum = minimumWages.yenPerHour(jp.tsunagu.kernel.Prefecture.TOKYO).value();
        java.time.LocalDate minimumFrom = minimumWages.row(jp.tsunagu.kernel.Prefecture.TOKYO).rowEffectiveFrom();
        java.text.NumberFormat grouped = java.text.NumberFormat.getIntegerInstance(java.util.Locale.JAPAN);
        String okamoto = employedUser(token, works, "岡本", "オカモト", today.withDayOfMonth(1));

        login("hikari.admin");
        browser.get(APP + "/offices/" + works + "/employment/contracts");
        wait(By.cssSelector("form.contract-form"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("form.contract-form select[name=personId]")))
                .selectByValue(okamoto);
        date(browser.findElement(By.cssSelector("form.contract-form input[name=startDate]")), today.toString());
        browser.findElement(By.cssSelector("form.contract-form input[name=daysPerWeek]")).sendKeys("5");
        date(browser.findElement(By.cssSelector("form.contract-form input[name=dailyStart]")), "09:30");
        date(browser.findElement(By.cssSelector("form.contract-form input[name=dailyEnd]")), "15:30");
        browser.findElement(By.cssSelector("form.contract-form input[name=breakMinutes]")).sendKeys("60");
        WebElement wage = browser.findElement(By.cssSelector("form.contract-form input[name=hourlyWage]"));
        wage.sendKeys(String.valueOf(minimum - 100));
        browser.findElement(By.cssSelector("form.contract-form input[name=job]")).sendKeys("清掃業務");
        browser.findElement(By.cssSelector("form.contract-form input[name=place]")).sendKeys("区民センター");
        browser.findElement(By.cssSelector("form.contract-form input[name=commutingAllowance]")).sendKeys("5000");
        browser.findElement(By.cssSelector("form.contract-form input[name=workRulesVersion]")).sendKeys("就業規則 2026年4月版");
        browser.findElement(By.cssSelector("form.contract-form button")).click();
        // refused naming the field, the day and the rate in force that day; the form comes back as typed
        assertThat(wait(By.cssSelector(".error")).getText()).contains("hourlyWage",
                "時給 " + grouped.format(minimum - 100) + " 円は " + today + " の最低賃金 " + grouped.format(minimum) + " 円 (" + minimumFrom + " から適用) を下回ります。");
        assertThat(browser.findElement(By.cssSelector("form.contract-form input[name=job]")).getAttribute("value")).isEqualTo("清掃業務");
        assertThat(browser.findElements(By.cssSelector("table.contracts td")).stream().map(WebElement::getText)).doesNotContain("岡本 一");
        screenshot("employment-refused");

        wage = browser.findElement(By.cssSelector("form.contract-form input[name=hourlyWage]"));
        wage.clear();
        wage.sendKeys(String.valueOf(minimum + 20));
        browser.findElement(By.cssSelector("form.contract-form button")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("雇用契約を登録しました。");
        WebElement row = wait(By.xpath("//table[@class='contracts']//tr[td[2][text()='岡本 一']]"));
        assertThat(row.getText()).contains("オカモト ハジメ", jp.tsunagu.kernel.JapaneseDates.withIso(today), "期間の定めなし",
                "09:30〜15:30 (休憩60分) 週5日", grouped.format(minimum + 20) + "円/時", "清掃業務");
        screenshot("employment-contracts");

        String notice = row.findElement(By.cssSelector("a.notice-pdf")).getAttribute("href");
        var pdf = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(notice)).header("Cookie", cookies()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isOne();
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("労働条件通知書", "岡本一殿", "ひかりワークス", "時間給" + grouped.format(minimum + 20) + "円",
                    (jp.tsunagu.kernel.JapaneseDates.withIso(today) + "から(期間の定めなし)").replaceAll("\\s+", ""), "本人署名");
        }
    }

    @Test
    @DisplayName("employment payroll at the A型 office: last month's clocked days (3 of 4 h) closed, the payroll page previews the worker's 12 hours at the hourly wage, the month is closed on the page with its pay date, and the worker's payslip PDF opens with the hours, the wage and the amount paid")
    void employmentMonthPaid() throws Exception {
        String token = accessToken("hikari.admin", "demo-password");
        String works = officeId("1312000029"); // ひかりワークス: employed A型, with the employment module
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Tokyo")).minusMonths(1);
        var first = new jp.tsunagu.rules.national.MinimumWages(rules.on(month.atDay(1))).yenPerHour(jp.tsunagu.kernel.Prefecture.TOKYO).value();
        var last = new jp.tsunagu.rules.national.MinimumWages(rules.on(month.atEndOfMonth())).yenPerHour(jp.tsunagu.kernel.Prefecture.TOKYO).value();
        long wage = Math.max(first, last) + 50;
        java.text.NumberFormat grouped = java.text.NumberFormat.getIntegerInstance(java.util.Locale.JAPAN);
        String group = id(api(token, "POST", "/api/v1/offices/" + works + "/workspace/groups", "{\"name\": \"A型 給与の確認班\", \"kind\": \"EMPLOYED_A\"}"));
        String mori = employedUser(token, works, "森田", "モリタ", month.atDay(1));
        api(token, "POST", "/api/v1/offices/" + works + "/employment/contracts", """
                {"personId": "%s", "startDate": "%s", "daysPerWeek": 3, "dailyStart": "10:00", "dailyEnd": "15:00", "breakMinutes": 60,
                 "hourlyWage": %d, "job": "清掃業務", "place": "区民センター", "commutingAllowance": 0, "workRulesVersion": "就業規則 2026年4月版"}"""
                .formatted(mori, month.atDay(1), wage));
        for (int day = 2; day <= 4; day++) {
            workedDay(token, works, mori, group, month.atDay(day));
        }
        api(token, "POST", "/api/v1/offices/" + works + "/workspace/months/" + month + "/close", "");
        String gross = grouped.format(wage * 12) + "円";

        login("hikari.admin");
        browser.get(APP + "/offices/" + works + "/employment/payroll?month=" + month);
        WebElement row = wait(By.xpath("//table[@class='payroll']//tr[td[2][text()='森田 一']]"));
        assertThat(row.getText()).contains("モリタ ハジメ", "12時間00分", grouped.format(wage) + "円/時", gross);
        assertThat(browser.findElement(By.cssSelector(".payroll-status")).getText()).isEqualTo("試算 (未確定)");
        screenshot("employment-payroll-preview");
        browser.findElement(By.cssSelector("form.close-form button")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).startsWith(jp.tsunagu.kernel.JapaneseDates.era(month) + " (" + month + ") の給与を確定しました (");
        assertThat(browser.findElement(By.cssSelector(".payroll-status")).getText()).startsWith("確定済み");
        screenshot("employment-payroll-closed");

        row = wait(By.xpath("//table[@class='payroll']//tr[td[2][text()='森田 一']]"));
        String payslip = row.findElement(By.cssSelector("a.payslip")).getAttribute("href");
        var pdf = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(payslip)).header("Cookie", cookies()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isOne();
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("給与明細書", "森田一", "ひかりワークス", "12時間00分", grouped.format(wage) + "円", gross);
        }
    }

    @Test
    @DisplayName("transition support from intake to six months in work: the first day of use recorded on the usage period page (the standard end shown as 目安), a company added to the directory, a practicum there with a daily note, the hire six months ago on the placements page, a follow-up contact on its calendar, and today the placement reaches 6 months (6か月定着) with the day in 和暦")
    void transitionFromIntakeToSixMonths() throws Exception {
        String token = accessToken("hikari.admin", "demo-password");
        String centre = officeId("1312000037"); // ひかり就労支援センター: 就労移行支援 with the training module
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        java.time.LocalDate contractFrom = today.minusMonths(9);
        java.time.LocalDate firstDay = today.minusMonths(8);
        java.time.LocalDate practicumFrom = today.minusMonths(7);
        java.time.LocalDate hired = today.minusMonths(6);
        java.time.LocalDate sixMonths = hired.plusMonths(6); // today, or a day or two before it at the end of a month
        String person = id(api(token, "POST", "/api/v1/offices/" + centre + "/persons", PlanningFixtures.person("小川", "一", "オガワ", "ハジメ")));
        String to = contractFrom.plusYears(1).minusDays(1).toString();
        String certificate = id(api(token, "POST", "/api/v1/offices/" + centre + "/persons/" + person + "/certificates",
                PlanningFixtures.certificate(PlanningFixtures.newNumber(), contractFrom.toString(), to,
                        PlanningFixtures.standardDays("TRANSITION", contractFrom.toString(), to))));
        api(token, "POST", "/api/v1/offices/" + centre + "/persons/" + person + "/contracts",
                PlanningFixtures.contract(java.util.UUID.fromString(certificate), "TRANSITION", contractFrom.toString(), null, 20));

        login("hikari.admin");
        // intake: the first day of use
        browser.get(APP + "/offices/" + centre + "/training/periods");
        wait(By.cssSelector("h1"));
        open("利用開始日を登録");
        WebElement period = browser.findElement(By.cssSelector("form.period-form"));
        new org.openqa.selenium.support.ui.Select(period.findElement(By.name("personId"))).selectByValue(person);
        date(period.findElement(By.name("firstDay")), firstDay.toString());
        period.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("利用開始日を登録しました。");
        WebElement periodRow = wait(By.cssSelector("table.periods tr[data-person='" + person + "']"));
        assertThat(periodRow.getText()).contains("小川 一", jp.tsunagu.kernel.JapaneseDates.withIso(firstDay));
        screenshot("training-periods");

        // the company directory, then a practicum there with a day's note
        browser.get(APP + "/offices/" + centre + "/training/companies");
        wait(By.cssSelector("h1"));
        open("企業を登録");
        WebElement company = browser.findElement(By.cssSelector("form.company-form"));
        company.findElement(By.name("name")).sendKeys("株式会社ひかり物流 (ブラウザ)");
        company.findElement(By.name("industry")).sendKeys("物流");
        company.findElement(By.name("contactPerson")).sendKeys("人事部 佐藤");
        company.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("企業を企業台帳に登録しました。");

        browser.get(APP + "/offices/" + centre + "/training/practicums");
        wait(By.cssSelector("h1"));
        open("職場実習を登録");
        WebElement practicum = browser.findElement(By.cssSelector("form.practicum-form"));
        new org.openqa.selenium.support.ui.Select(practicum.findElement(By.name("personId"))).selectByValue(person);
        new org.openqa.selenium.support.ui.Select(practicum.findElement(By.name("companyId"))).selectByVisibleText("株式会社ひかり物流 (ブラウザ)");
        date(practicum.findElement(By.name("fromDate")), practicumFrom.toString());
        date(practicum.findElement(By.name("toDate")), practicumFrom.plusDays(11).toString());
        practicum.findElement(By.name("tasks")).sendKeys("検品と棚入れ");
        practicum.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("職場実習を登録しました。");
        wait(By.xpath("//table[@class='practicums']//a[text()='小川 一']")).click();
        wait(By.cssSelector("h1"));
        open("日誌を追加");
        WebElement note = browser.findElement(By.cssSelector("form.note-form"));
        date(note.findElement(By.name("date")), practicumFrom.toString());
        note.findElement(By.name("done")).sendKeys("検品の手順を職員と確認");
        note.findElement(By.name("observations")).sendKeys("指示を復唱できた");
        note.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("日誌を登録しました。");
        assertThat(browser.findElement(By.cssSelector("table.notes")).getText()).contains(jp.tsunagu.kernel.JapaneseDates.withIso(practicumFrom),
                "検品の手順を職員と確認", "指示を復唱できた");
        screenshot("training-practicum");

        // the hire, six months ago
        browser.get(APP + "/offices/" + centre + "/training/placements");
        wait(By.cssSelector("h1"));
        open("就職を登録");
        WebElement hire = browser.findElement(By.cssSelector("form.placement-form"));
        new org.openqa.selenium.support.ui.Select(hire.findElement(By.name("personId"))).selectByValue(person);
        hire.findElement(By.name("companyName")).sendKeys("株式会社ひかり物流 (ブラウザ)");
        date(hire.findElement(By.name("hireDate")), hired.toString());
        hire.findElement(By.name("hoursPerWeek")).sendKeys("20");
        hire.findElement(By.name("wageYen")).sendKeys("1300");
        hire.findElement(By.name("job")).sendKeys("倉庫内の検品");
        hire.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("就職を登録しました。");
        WebElement placed = wait(By.xpath("//table[@class='placements']//tr[td[2]/a[text()='小川 一']]"));
        // the day the 6 months are reached is today, and the placement counts as retained
        assertThat(placed.findElement(By.cssSelector(".six-month-day")).getText()).isEqualTo(jp.tsunagu.kernel.JapaneseDates.withIso(sixMonths));
        assertThat(placed.findElement(By.cssSelector(".state")).getText()).isEqualTo("6か月定着");
        screenshot("training-placements");

        // the follow-up calendar: a face-to-face contact in the first month after the hire
        placed.findElement(By.linkText("小川 一")).click();
        wait(By.cssSelector("h1"));
        open("支援の記録を追加");
        WebElement contact = browser.findElement(By.cssSelector("form.contact-form"));
        date(contact.findElement(By.name("date")), hired.plusDays(7).toString());
        contact.findElement(By.cssSelector("input[name=issues][value=FATIGUE]")).click();
        contact.findElement(By.name("note")).sendKeys("職場で面談。午後の疲れを上司と共有");
        contact.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("支援の記録を登録しました。");
        assertThat(browser.findElement(By.cssSelector("section.calendar section.month[data-month='" + java.time.YearMonth.from(hired.plusDays(7)) + "']"))
                .getText()).contains("職場で面談。午後の疲れを上司と共有");
        assertThat(browser.findElement(By.cssSelector("dd.six-month-day")).getText()).isEqualTo(jp.tsunagu.kernel.JapaneseDates.withIso(sixMonths));
        assertThat(browser.findElement(By.cssSelector("dd.state")).getText()).startsWith("6か月定着");
        screenshot("training-follow-up");
    }

    @Test
    @DisplayName("sharing across tenants: the consultation office of another corporation claims its client, ひかり作業所 records the person's consent on the page with the signed form uploaded and confirms the claim; the plan delivered today appears in the consultation office's inbox with its goals; the consent is revoked and the plan disappears from the inbox at once")
    void sharingFromConsentToRevocation() throws Exception {
        String hikari = accessToken("hikari.admin", "demo-password");
        String minori = accessToken("minori.admin", "demo-password");
        String workshop = officeId("1312000011"); // ひかり作業所: B型, with the sharing module
        String consultation = officeId("1332000015"); // みのり相談支援事業所 (NPO法人 みのり相談室): another tenant
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        String number = PlanningFixtures.newNumber();
        String person = servedPerson(hikari, workshop, "青山", "アオヤマ", "TYPE_B", number);
        String client = id(api(minori, "POST", "/api/v1/offices/" + consultation + "/persons", PlanningFixtures.person("青山", "一", "アオヤマ", "ハジメ")));
        api(minori, "POST", "/api/v1/offices/" + consultation + "/persons/" + client + "/certificates", PlanningFixtures.certificate(number,
                "2026-04-01", "2027-03-31", PlanningFixtures.standardDays("TYPE_B", "2026-04-01", "2027-03-31")));
        // the consultation office claims its client first: nothing to meet yet, and it is told nothing either way
        api(minori, "POST", "/api/v1/offices/" + consultation + "/sharing/claims", """
                {"personId": "%s", "certificateNumber": "%s", "municipalityCode": "131016"}""".formatted(client, number));

        login("hikari.admin");
        browser.get(APP + "/offices/" + workshop + "/sharing/consents");
        wait(By.cssSelector("h1"));
        open("同意を登録");
        WebElement form = browser.findElement(By.cssSelector("form.consent-form"));
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("personId"))).selectByValue(person);
        form.findElement(By.name("recipientOfficeNumber")).sendKeys("1332000015");
        form.findElement(By.cssSelector("input[name=categories][value=PLAN]")).click();
        form.findElement(By.cssSelector("input[name=categories][value=MONITORING]")).click();
        date(form.findElement(By.name("validTo")), today.plusYears(1).toString());
        Path scan = Files.createTempFile("consent", ".png");
        Files.write(scan, java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        form.findElement(By.name("evidence")).sendKeys(scan.toAbsolutePath().toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("共有の同意を登録しました。");
        // the claim made earlier meets the consent: the office confirms it on the page
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector("table.consents tr[data-link=CLAIMED] form.confirm-form")).isEmpty();
        });
        WebElement row = browser.findElement(By.cssSelector("table.consents tr[data-link=CLAIMED]"));
        assertThat(row.getText()).contains("青山 一", "みのり相談支援事業所 (1332000015)", "照会あり (確認待ち)");
        String consent = row.getAttribute("data-consent");
        row.findElement(By.cssSelector("form.confirm-form button")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("照会を確認しました。同意した記録の提供が始まります。");
        screenshot("sharing-consents");

        // the plan delivered today, as the office's service manager would through planning
        deliveredPlan(hikari, workshop, person, today);

        browser.quit();
        FileSystemUtils.deleteRecursively(profile);
        startBrowser();
        login("minori.admin");
        browser.get(APP + "/offices/" + consultation + "/sharing/inbox");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector("table.snapshots tr[data-category=PLAN]")).isEmpty();
        });
        WebElement shared = wait(By.cssSelector("table.snapshots tr[data-category=PLAN]"));
        assertThat(shared.getText()).contains("青山 一", "ひかり作業所", "個別支援計画 (交付)", jp.tsunagu.kernel.JapaneseDates.withIso(today));
        String snapshotPath = shared.findElement(By.tagName("a")).getAttribute("href");
        shared.findElement(By.tagName("a")).click();
        assertThat(wait(By.cssSelector("dl.snapshot")).getText()).contains("長期目標", "一般就労", "週4日通所する");
        screenshot("sharing-snapshot");

        // revoked at the office: gone from the inbox on the next request
        api(hikari, "POST", "/api/v1/offices/" + workshop + "/sharing/consents/" + consent + "/revoke", """
                {"revokedOn": "%s", "reason": "本人の申し出"}""".formatted(today));
        browser.get(APP + "/offices/" + consultation + "/sharing/inbox");
        assertThat(wait(By.cssSelector("p.no-snapshots")).getText()).isEqualTo("表示できる共有された記録はありません。");
        assertThat(browser.findElement(By.cssSelector("table.grants")).getText()).contains("青山 一", "撤回済み");
        screenshot("sharing-revoked");
        browser.get(snapshotPath);
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("一般就労");
    }

    @Test
    @DisplayName("claims at the B型 workshop: the claim profile filed on its page, a month of records closed, the check list clean, "
            + "the claim per person with its lines, closed once; the claim file opens as CP932 with the control record first")
    void claimsFromProfileToClaimFile() throws Exception {
        String token = accessToken("hikari.admin", "demo-password");
        String workshop = officeId("1312000011"); // ひかり作業所: B型 (capacity 20), 2級地, with the claims module
        // two months back: last month is the wages test's
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Tokyo")).minusMonths(2);
        String group = id(api(token, "POST", "/api/v1/offices/" + workshop + "/workspace/groups", "{\"name\": \"B型 請求班\", \"kind\": \"TYPE_B\"}"));
        String person = wagesUser(token, workshop, "請求", "セイキュウ", month);
        for (int day = 2; day <= 4; day++) {
            workedDay(token, workshop, person, group, month.atDay(day));
        }
        api(token, "POST", "/api/v1/offices/" + workshop + "/workspace/months/" + month + "/close", "");

        login("hikari.admin");
        browser.get(APP + "/offices/" + workshop + "/claims/profile");
        wait(By.cssSelector("main h1"));
        open("届出を登録");
        WebElement form = browser.findElement(By.cssSelector("form.profile-form"));
        date(form.findElement(By.name("effectiveMonth")), month.toString());
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("staffing"))).selectByValue("II");
        form.findElement(By.name("capacity")).sendKeys("20");
        form.findElement(By.name("kouchinTier")).sendKeys("T7");
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("revisionStatus"))).selectByValue("IN_SCOPE");
        form.findElement(By.name("payImprovement")).sendKeys("I_A");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("体制届を登録しました。");
        assertThat(browser.findElement(By.cssSelector("table.profiles")).getText()).contains("改定対象", "T7");
        screenshot("claims-profile");

        browser.get(APP + "/offices/" + workshop + "/claims/months?month=" + month + "&serviceType=TYPE_B");
        WebElement checks = wait(By.cssSelector("section.checks"));
        assertThat(checks.getText()).contains("請求前チェック");
        assertThat(checks.findElements(By.cssSelector("tr[data-severity=ERROR]"))).as("nothing that would be rejected").isEmpty();
        WebElement claim = browser.findElement(By.cssSelector("section.person-claim"));
        // 3 days × 584 (462073) = 1,752 units and 初期加算 3 × 30 = 90 (the use began this month), 処遇改善 (Ⅰ)イ 105/1000 of 1,842
        // → 193: 2,035 units at 2級地 (10.91 yen a unit) = 22,201 yen
        assertThat(claim.getText()).contains("請求 一", "462073", "1752", "465050", "90", "465120", "193", "2035", "22,201円");
        screenshot("claims-month");
        browser.findElement(By.cssSelector("form.close-form button")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("請求を確定しました。");
        assertThat(browser.findElement(By.cssSelector("p.closed-claim")).getText()).contains("確定済み");
        assertThat(browser.findElements(By.cssSelector("form.close-form"))).isEmpty();

        String file = wait(By.cssSelector("a.claim-file")).getAttribute("href");
        var csv = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(file)).header("Cookie", cookies()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), java.nio.charset.Charset.forName("windows-31j"));
        assertThat(text).startsWith("1,1,0,").contains("462073").endsWith("\r\n");
        String invoices = browser.findElement(By.cssSelector("a.invoices")).getAttribute("href");
        var pdf = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(invoices)).header("Cookie", cookies()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("請求書", "領収書", "請求 一");
        }
    }

    @Test
    @DisplayName("a consent signed on the tablet: the person draws on the consent form's pad; without a drawing the form is not sent, "
            + "drawn, the signature is kept as the PNG evidence")
    void consentSignedOnTheTablet() throws Exception {
        String hikari = accessToken("hikari.admin", "demo-password");
        String workshop = officeId("1312000011");
        String person = servedPerson(hikari, workshop, "署名", "ショメイ", "TYPE_B", PlanningFixtures.newNumber());
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));

        login("hikari.admin");
        browser.get(APP + "/offices/" + workshop + "/sharing/consents");
        wait(By.cssSelector("h1"));
        open("同意を登録");
        WebElement form = browser.findElement(By.cssSelector("form.consent-form"));
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("personId"))).selectByValue(person);
        form.findElement(By.name("recipientOfficeNumber")).sendKeys("1332000015");
        form.findElement(By.cssSelector("input[name=categories][value=PLAN]")).click();
        date(form.findElement(By.name("validTo")), today.plusYears(1).toString());
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("evidenceKind"))).selectByValue("TABLET_SIGNATURE");
        WebElement pad = form.findElement(By.cssSelector("canvas.signature-pad"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", pad);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(pad.getAttribute("class")).as("not sent without a drawing").contains("missing");
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(pad, -150, 0).clickAndHold().moveByOffset(80, 20)
                .moveByOffset(80, -30).moveByOffset(60, 25).release().perform();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(wait(By.cssSelector(".message")).getText()).isEqualTo("共有の同意を登録しました。");
        WebElement row = wait(By.xpath("//table[@class='consents']//tr[td[2][contains(., '署名 一')]]"));
        assertThat(row.getText()).contains("タブレットでの署名");
        screenshot("sharing-consent-signed");

        String consents = api(hikari, "GET", "/api/v1/offices/" + workshop + "/sharing/consents?personId=" + person, "");
        String consent = com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(consents, "$[*].id").getFirst();
        var evidence = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(APP + "/api/v1/offices/" + workshop
                + "/sharing/consents/" + consent + "/evidence")).header("Authorization", "Bearer " + hikari).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(evidence.headers().firstValue("Content-Type")).contains("image/png");
        java.awt.image.BufferedImage drawn = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(evidence.body()));
        assertThat(drawn.getWidth()).isEqualTo(600);
        boolean ink = false;
        for (int x = 0; x < drawn.getWidth() && !ink; x += 2) {
            for (int y = 0; y < drawn.getHeight() && !ink; y += 2) {
                ink = (drawn.getRGB(x, y) >>> 24) > 0; // a stroke on the transparent pad
            }
        }
        assertThat(ink).as("the strokes drawn are in the evidence").isTrue();
    }

    /** A support plan of {@code person} delivered on {@code on} (meeting two days before, consent the day before), through the API. */
    private void deliveredPlan(String token, String office, String person, java.time.LocalDate on) throws Exception {
        String plan = id(api(token, "POST", "/api/v1/offices/" + office + "/persons/" + person + "/plans", """
                {"serviceType": "TYPE_B", "content": {"personWishes": "作業を続けたい", "longTermGoal": "一般就労",
                 "shortTermGoals": [{"goal": "週4日通所する", "targetDate": "%s"}]}}""".formatted(on.plusMonths(6))));
        String base = "/api/v1/offices/" + office + "/plans/" + plan + "/versions/1/";
        api(token, "POST", base + "meeting", """
                {"heldOn": "%s", "attendees": ["佐藤 誠 (サービス管理責任者)", "本人"], "personAttended": true}""".formatted(on.minusDays(2)));
        api(token, "POST", base + "consent", """
                {"agreedBy": "本人", "relation": "本人", "agreedOn": "%s", "method": "SIGNED_PAPER"}""".formatted(on.minusDays(1)));
        api(token, "POST", base + "delivery", """
                {"deliveredOn": "%s", "specialistCopyOn": "%s"}""".formatted(on, on));
    }

    /** An employed A型 user of {@code office} whose certificate and contract run a year from {@code from}. */
    private String employedUser(String token, String office, String family, String kana, java.time.LocalDate from) throws Exception {
        String to = from.plusYears(1).minusDays(1).toString();
        String person = id(api(token, "POST", "/api/v1/offices/" + office + "/persons", PlanningFixtures.person(family, "一", kana, "ハジメ")));
        String certificate = id(api(token, "POST", "/api/v1/offices/" + office + "/persons/" + person + "/certificates",
                PlanningFixtures.certificate(PlanningFixtures.newNumber(), from.toString(), to, PlanningFixtures.standardDays("TYPE_A", from.toString(), to))));
        api(token, "POST", "/api/v1/offices/" + office + "/persons/" + person + "/contracts",
                PlanningFixtures.contract(java.util.UUID.fromString(certificate), "TYPE_A", from.toString(), null, 20));
        return person;
    }

    /** A B型 user of {@code office} whose certificate and contract start on the first day of {@code month}. */
    private String wagesUser(String token, String office, String family, String kana, java.time.YearMonth month) throws Exception {
        String from = month.atDay(1).toString();
        String to = month.atDay(1).plusYears(1).minusDays(1).toString();
        String person = id(api(token, "POST", "/api/v1/offices/" + office + "/persons", PlanningFixtures.person(family, "一", kana, "ハジメ")));
        String certificate = id(api(token, "POST", "/api/v1/offices/" + office + "/persons/" + person + "/certificates",
                PlanningFixtures.certificate(PlanningFixtures.newNumber(), from, to, PlanningFixtures.standardDays("TYPE_B", from, to))));
        api(token, "POST", "/api/v1/offices/" + office + "/persons/" + person + "/contracts",
                PlanningFixtures.contract(java.util.UUID.fromString(certificate), "TYPE_B", from, null, 20));
        return person;
    }

    /** A day of 4 hours' work (10:00 to 15:00, an hour's break), entered by staff through the API. */
    private void workedDay(String token, String office, String person, String group, java.time.LocalDate day) throws Exception {
        api(token, "POST", "/api/v1/offices/" + office + "/workspace/attendance/check-in", """
                {"personId": "%s", "date": "%s", "time": "10:00", "groupId": "%s"}""".formatted(person, day, group));
        api(token, "POST", "/api/v1/offices/" + office + "/workspace/attendance/check-out", """
                {"personId": "%s", "date": "%s", "time": "15:00", "breakMinutes": 60}""".formatted(person, day));
    }

    /** The browser's session as a Cookie header, to fetch a download the way the browser would. */
    private String cookies() {
        return browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Waits until the person's row in the group's table shows every text (rows replaced by the live refresh are read again). */
    private void boardRow(String groupXpath, String person, String... texts) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .withMessage(() -> "row of " + person + " should show " + String.join(", ", texts))
                .until(d -> {
                    String row = d.findElement(By.xpath(groupXpath + "//tr[@data-person='" + person + "']")).getText();
                    return java.util.Arrays.stream(texts).allMatch(row::contains);
                });
    }

    private String servedPerson(String token, String office, String family, String kana, String type, String number) throws Exception {
        String person = id(api(token, "POST", "/api/v1/offices/" + office + "/persons", PlanningFixtures.person(family, "一", kana, "ハジメ")));
        String certificate = id(api(token, "POST", "/api/v1/offices/" + office + "/persons/" + person + "/certificates",
                PlanningFixtures.certificate(number, "2026-04-01", "2027-03-31", PlanningFixtures.standardDays(type, "2026-04-01", "2027-03-31"))));
        api(token, "POST", "/api/v1/offices/" + office + "/persons/" + person + "/contracts",
                PlanningFixtures.contract(java.util.UUID.fromString(certificate), type, "2026-04-01", null, 20));
        return person;
    }

    private String api(String token, String method, String path, String body) throws Exception {
        var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(APP + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body();
    }

    private String id(String json) throws Exception {
        return this.json.readTree(json).get("id").asString();
    }

    private String officeId(String number) throws Exception {
        try (var c = EmbeddedDatabase.start(null).superuser(); var s = c.createStatement();
             var rs = s.executeQuery("select id from office where office_number = '" + number + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void date(WebElement input, String iso) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, iso);
    }

    private void open(String summary) {
        browser.findElement(By.xpath("//summary[text()='" + summary + "']")).click();
    }

    /** Password, then the one-time password from the user's authenticator (enrolled beforehand, as a person would). */
    private void login(String username) throws Exception {
        accessToken(username, "demo-password"); // sets up TOTP at the first login of a user who needs it
        browser.get(APP + "/");
        wait(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo-password");
        browser.findElement(By.id("kc-login")).click();
        WebElement otp = wait(By.id("otp"));
        otp.sendKeys(totp(username));
        browser.findElement(By.cssSelector("#kc-otp-login-form [type=submit]")).click();
        try {
            wait(By.cssSelector("header.site-header"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no shell after login of " + username + " at " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Waits for the element, then checks the page it is on (once per page: see {@link PageChecks}). */
    private WebElement wait(By by) {
        WebElement found = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
        checks.check();
        return found;
    }

    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
