package de.integrationsnetz.widgets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import de.integrationsnetz.graph.NameFolding;
import de.integrationsnetz.support.Browser;
import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three widgets in a real headless Chromium, on the demo page and on a page of
 * another origin: they render, search, draw and explain failures in German; axe-core
 * finds no accessibility violation; no request goes anywhere but to the application (and
 * the test's own host page). Screenshots land in {@code target/widget-screenshots/}.
 */
class WidgetBrowserTests extends GraphIntegrationTest {

	static final String PREFIX = "widget-test-";

	static final Path SCREENSHOTS = Path.of("target", "widget-screenshots");

	/**
	 * A fixture network for the map, counted by hand. Network N has working group W; the
	 * departments D1 and D2 are members of N, the organisation O of W. Person P works in
	 * D1 and is a member of W; person Q works for O. With a widget key the map shows the
	 * 5 institutions (N, W, D1, D2, O) and 5 edges: W–N, D1–N, D2–N, O–W and the
	 * shared-person tie D1–W through P (Q ties O to no other institution). Of the full
	 * projection (persons included) N–D2, W–O and O–Q are bridges, so the institution
	 * bridges are D2–N and O–W, and N, W and O are key points (articulation points). A
	 * topic nobody knows about gives the finder nothing to find.
	 */
	private static final String FIXTURE = """
			CREATE (n:Entity:Network {id: 'widget-test-netz', name: 'WT Netz', kind: 'INTERNAL'})
			CREATE (w:Entity:WorkingGroup {id: 'widget-test-ag', name: 'WT AG', status: 'OPEN'})
			CREATE (d1:Entity:Department {id: 'widget-test-amt-1', name: 'WT Amt Eins', kind: 'DEPARTMENT',
			  integrationRelevant: false, description: 'Ein Amt nur für die Karte.'})
			CREATE (d2:Entity:Department {id: 'widget-test-amt-2', name: 'WT Amt Zwei', kind: 'DEPARTMENT',
			  integrationRelevant: false})
			CREATE (o:Entity:Organisation {id: 'widget-test-verein', name: 'WT Verein', kind: 'ASSOCIATION'})
			CREATE (p:Entity:Person {id: 'widget-test-paula', name: 'WT Paula'})
			CREATE (q:Entity:Person {id: 'widget-test-quentin', name: 'WT Quentin'})
			CREATE (w)-[:PART_OF]->(n), (d1)-[:MEMBER_OF]->(n), (d2)-[:MEMBER_OF]->(n), (o)-[:MEMBER_OF]->(w),
			  (p)-[:WORKS_IN]->(d1), (p)-[:MEMBER_OF]->(w), (q)-[:WORKS_FOR]->(o)
			CREATE (:Entity:Topic {id: 'widget-test-thema', name: $topic, searchName: $spelledOut, searchNameBare: $bare})
			CREATE (k:Entity:Topic {id: 'widget-test-kontaktthema', name: 'WT Kontaktthema'})
			CREATE (d3:Entity:Department {id: 'widget-test-amt-3', name: 'WT Amt Drei', kind: 'DEPARTMENT',
			  integrationRelevant: false})
			CREATE (cora:Entity:Person {id: 'widget-test-cora', name: 'WT Cora', email: 'cora@example.org',
			  phone: '+49 2323 0000-901', contactConsent: true, contactConsentOn: date('2026-01-15')})
			CREATE (nils:Entity:Person {id: 'widget-test-nils', name: 'WT Nils', email: 'nils@example.org',
			  phone: '+49 2323 0000-902', contactConsent: false})
			CREATE (cora)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(k), (nils)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(k),
			  (cora)-[:WORKS_IN]->(d3), (nils)-[:WORKS_IN]->(d3)
			""";

	private static final String EMPTY_TOPIC = "Wt Thema ohne Fachleute";

	private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
			"best-practice");

	private Browser browser;

	private HttpServer hostPages;

	private final Map<String, String> pages = new java.util.concurrent.ConcurrentHashMap<>();

	@BeforeAll
	static void requireBrowserOnCi() {
		Browser.requireOnCi();
	}

	@BeforeEach
	void start(@TempDir Path profile) throws IOException {
		replaceFixture(PREFIX,
				FIXTURE.replace("$topic", quoted(EMPTY_TOPIC))
					.replace("$spelledOut", quoted(NameFolding.spelledOut(EMPTY_TOPIC)))
					.replace("$bare", quoted(NameFolding.bare(EMPTY_TOPIC))));
		this.browser = Browser.start(profile);
		this.hostPages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.hostPages.createContext("/", (exchange) -> {
			String page = this.pages.get(exchange.getRequestURI().getPath());
			byte[] body = (page != null) ? page.getBytes(StandardCharsets.UTF_8) : new byte[0];
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders((page != null) ? 200 : 404, (body.length > 0) ? body.length : -1);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.hostPages.start();
	}

	@Autowired
	private Neo4jClient neo4j;

	@AfterEach
	void stop() {
		WidgetKeys.removeAll(this.neo4j);
		if (this.hostPages != null) {
			this.hostPages.stop(0);
		}
		if (this.browser != null) {
			this.browser.close();
		}
		replaceFixture(PREFIX, null);
	}

	@Test
	void demoPageShowsEachWidgetAccessiblyWithItsSnippet() throws IOException {
		this.browser.driver().get(baseUrl() + "/widgets/demo.html");
		for (String tag : List.of("integrationsnetz-expertenfinder", "integrationsnetz-luecken",
				"integrationsnetz-netzwerkkarte")) {
			WebElement widget = awaitState(tag, "ready");
			assertThat(this.browser.text("return arguments[0].shadowRoot.textContent", widget)).isNotBlank();
			assertThat(this.browser
				.text("return document.querySelector('[data-snippet=\"' + arguments[0] + '\"]').textContent", tag))
				.contains("<script type=\"module\" src=\"" + baseUrl()
						+ "/widgets/integrationsnetz-widgets.js\"></script>")
				.contains("<" + tag + " api-key=");
			assertThat(axeViolations(widget)).as("axe-core violations in %s", tag).isEmpty();
			Browser.screenshot(widget, SCREENSHOTS.resolve(tag.replace("integrationsnetz-", "") + ".png"));
		}
		WebElement gaps = this.browser.driver().findElement(By.tagName("integrationsnetz-luecken"));
		assertThat(gaps.getShadowRoot().findElements(By.cssSelector("li.kind"))).isNotEmpty();
		assertThat(gaps.getShadowRoot().findElement(By.cssSelector("li.kind a")).getAttribute("href"))
			.isEqualTo(baseUrl() + "/graphiql");
		this.browser.screenshot(SCREENSHOTS.resolve("demo.png"));
		assertNothingLeftTheApplication();
	}

	@Test
	void expertFinderSuggestsTopicsAndShowsRankedExpertsWithReasonsPageByPage() throws IOException {
		this.browser.driver().get(baseUrl() + "/widgets/demo.html");
		WebElement finder = awaitState("integrationsnetz-expertenfinder", "ready");
		this.browser.script("arguments[0].setAttribute('page-size', '2'); arguments[0].removeAttribute('topic')",
				finder);
		awaitState("integrationsnetz-expertenfinder", "ready");
		SearchContext root = finder.getShadowRoot();
		WebElement topic = root.findElement(By.cssSelector("input[name=topic]"));
		topic.sendKeys("Sprachförd");
		this.browser.await("suggestions for the topic",
				(driver) -> root.findElements(By.cssSelector("datalist option"))
					.stream()
					.anyMatch((option) -> "Sprachförderung".equals(option.getAttribute("value"))));
		topic.sendKeys("erung", Keys.ENTER);
		this.browser.await("the first page of experts",
				(driver) -> root.findElements(By.cssSelector("li.result")).size() == 2);

		List<WebElement> results = root.findElements(By.cssSelector("li.result"));
		assertThat(results).hasSize(2);
		assertThat(root.findElement(By.cssSelector(".count")).getText()).matches("\\d+ Treffer");
		assertThat(results.get(0).findElement(By.cssSelector(".reason-topic")).getText())
			.startsWith("Thema: Sprachförderung");
		List<Integer> scores = new ArrayList<>(
				results.stream().map((r) -> score(r.findElement(By.cssSelector(".score")).getText())).toList());
		assertThat(scores).isSortedAccordingTo((a, b) -> b - a);
		Browser.screenshot(finder, SCREENSHOTS.resolve("expertenfinder-treffer.png"));

		root.findElements(By.cssSelector("nav button"))
			.stream()
			.filter((button) -> "Weiter".equals(button.getText()))
			.findFirst()
			.orElseThrow()
			.click();
		this.browser.await("the second page",
				(driver) -> root.findElements(By.cssSelector("li.result"))
					.stream()
					.findFirst()
					.map((first) -> "3".equals(first.getAttribute("data-rank")))
					.orElse(false));
		assertThat(root.findElement(By.cssSelector("nav span")).getText()).startsWith("Seite 2 von ");
		int lastOfFirstPage = scores.get(scores.size() - 1);
		assertThat(score(root.findElement(By.cssSelector("li.result .score")).getText()))
			.isLessThanOrEqualTo(lastOfFirstPage);
		assertThat(axeViolations(finder)).isEmpty();
		assertNothingLeftTheApplication();
	}

	@Test
	void expertFinderSaysSoWhenNobodyMatches() {
		this.browser.driver().get(baseUrl() + "/widgets/demo.html");
		WebElement finder = awaitState("integrationsnetz-expertenfinder", "ready");
		this.browser.script("arguments[0].setAttribute('topic', arguments[1])", finder, EMPTY_TOPIC);
		awaitState("integrationsnetz-expertenfinder", "empty");
		assertThat(finder.getShadowRoot().findElement(By.cssSelector(".output")).getText())
			.isEqualTo("Keine Treffer. Versuchen Sie ein allgemeineres Thema oder weniger Einschränkungen.");
		assertNothingLeftTheApplication();
	}

	@Test
	void mapOfAFixtureNetworkDrawsTheHandCountedNodesAndEdgesAndOpensDetails() throws IOException {
		this.browser.driver().get(baseUrl() + "/widgets/demo.html");
		WebElement map = awaitState("integrationsnetz-netzwerkkarte", "ready");
		this.browser.script("arguments[0].setAttribute('network', 'widget-test-netz')", map);
		this.browser.await("the fixture network's map",
				(driver) -> "ready".equals(map.getAttribute("data-state"))
						&& map.getAttribute("data-node-count") != null
						&& this.browser.text("return arguments[0].shadowRoot.querySelector('h2').textContent", map)
							.endsWith("WT Netz"));
		assertThat(map.getAttribute("data-node-count")).isEqualTo("5");
		assertThat(map.getAttribute("data-edge-count")).isEqualTo("5");
		assertThat(this.browser.script("return arguments[0].nodeCount", map)).isEqualTo(5L);
		assertThat(this.browser.script("return arguments[0].edgeCount", map)).isEqualTo(5L);
		assertThat(this.browser.script("return arguments[0].cy.nodes('.PERSON').length", map)).isEqualTo(0L);
		assertThat(this.browser.script("return arguments[0].cy.edges('.shared').map(e => e.id())", map))
			.isEqualTo(List.of("shared:widget-test-ag|widget-test-amt-1"));
		assertThat(this.browser.script("return arguments[0].cy.edges('.bridge').map(e => e.id()).sort()", map))
			.isEqualTo(List.of("tie:widget-test-ag|widget-test-verein", "tie:widget-test-amt-2|widget-test-netz"));
		assertThat(this.browser.script("return arguments[0].cy.nodes('.key-point').map(n => n.id()).sort()", map))
			.isEqualTo(List.of("widget-test-ag", "widget-test-netz", "widget-test-verein"));
		SearchContext root = map.getShadowRoot();
		assertThat(root.findElements(By.cssSelector(".legend li[data-type]")))
			.extracting((item) -> item.getAttribute("data-type"))
			.containsExactly("DEPARTMENT", "ORGANISATION", "NETWORK", "WORKING_GROUP");

		clickNode(map, "widget-test-amt-1");
		WebElement details = root.findElement(By.cssSelector("section.details"));
		this.browser.await("the details of WT Amt Eins",
				(driver) -> details.getText().contains("WT Amt Eins") && details.getText().contains("Ein Amt nur"));
		Browser.screenshot(map, SCREENSHOTS.resolve("netzwerkkarte-details.png"));

		// by keyboard: P picks the node before WT Amt Eins by name, Enter opens it
		WebElement canvas = root.findElement(By.cssSelector(".map"));
		canvas.sendKeys("p", Keys.ENTER);
		this.browser.await("the details of WT AG", (driver) -> details.getText().startsWith("WT AG"));
		assertThat(axeViolations(map)).isEmpty();
		assertNothingLeftTheApplication();
	}

	@Test
	void saysTheApiIsDownWhenNothingAnswers() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		String dead = "http://127.0.0.1:" + closed;
		this.browser.driver().get(baseUrl() + "/widgets/demo.html");
		for (String tag : List.of("integrationsnetz-expertenfinder", "integrationsnetz-luecken",
				"integrationsnetz-netzwerkkarte")) {
			WebElement widget = awaitState(tag, "ready");
			this.browser.script("arguments[0].setAttribute('endpoint', arguments[1])", widget, dead);
			awaitState(tag, "error");
			assertThat(widget.getAttribute("data-error")).isEqualTo("down");
			assertThat(widget.getShadowRoot().findElement(By.cssSelector("[role=alert]")).getText())
				.startsWith("Das Integrationsnetz ist gerade nicht erreichbar.");
			assertThat(axeViolations(widget)).isEmpty();
		}
		Browser.screenshot(this.browser.driver().findElement(By.tagName("integrationsnetz-luecken")),
				SCREENSHOTS.resolve("fehler-nicht-erreichbar.png"));
		assertThat(this.browser.requests()).allSatisfy((url) -> assertThat(
				Browser.goesTo(url, List.of(baseUrl(), dead)) || url.startsWith("http://localhost:" + this.port))
			.as(url)
			.isTrue());
	}

	@Test
	void refusesAPageOfAnOriginTheApiDoesNotAllow() throws IOException {
		String host = hostPage("/fremd.html", """
				<integrationsnetz-luecken api-key="widget-test-unbekannt"></integrationsnetz-luecken>
				""");
		this.browser.driver().get(host + "/fremd.html");
		WebElement gaps = awaitState("integrationsnetz-luecken", "error");
		assertThat(gaps.getAttribute("data-error")).isEqualTo("origin");
		assertThat(gaps.getShadowRoot().findElement(By.cssSelector("[role=alert]")).getText()).isEqualTo(
				"Diese Seite ist für das Widget nicht freigeschaltet. Bitte wenden Sie sich an die Redaktion dieser Seite.");
		Browser.screenshot(gaps, SCREENSHOTS.resolve("fehler-herkunft.png"));

		// the page's origin has a key, but the widget uses one issued for another origin
		WidgetKeys.issue(graphQl(), "widget-test this origin", host, 60);
		String other = WidgetKeys.issue(graphQl(), "widget-test other origin", "https://anderes-intranet.example", 60);
		hostPage("/fremd.html", "<integrationsnetz-luecken api-key=\"" + other + "\"></integrationsnetz-luecken>");
		this.browser.driver().navigate().refresh();
		WebElement refused = awaitState("integrationsnetz-luecken", "error");
		assertThat(refused.getAttribute("data-error")).isEqualTo("origin");
		assertThat(this.browser.requests())
			.allSatisfy((url) -> assertThat(Browser.goesTo(url, List.of(baseUrl(), host))).as(url).isTrue());
	}

	@Test
	void showsContactDataOnlyOfPersonsWhoConsented() {
		this.browser.driver().get(baseUrl() + "/widgets/demo.html");
		WebElement finder = awaitState("integrationsnetz-expertenfinder", "ready");
		this.browser.script("arguments[0].setAttribute('topic', 'widget-test-kontaktthema')", finder);
		SearchContext root = finder.getShadowRoot();
		this.browser.await("both experts", (driver) -> root.findElements(By.cssSelector("li.result")).size() == 2);
		WebElement cora = root.findElement(By.cssSelector("li.result[data-person=widget-test-cora]"));
		WebElement nils = root.findElement(By.cssSelector("li.result[data-person=widget-test-nils]"));
		assertThat(cora.findElement(By.cssSelector("a.email")).getText()).isEqualTo("cora@example.org");
		assertThat(cora.findElement(By.cssSelector("a.phone")).getText()).isEqualTo("+49 2323 0000-901");
		assertThat(nils.findElements(By.cssSelector("a.email, a.phone"))).isEmpty();
		assertThat(nils.findElement(By.cssSelector(".no-contact")).getText())
			.isEqualTo("Kontakt über das Koordinierungsbüro");
		assertThat(finder.getShadowRoot().findElement(By.cssSelector(".output")).getText())
			.doesNotContain("nils@example.org", "0000-902");
		assertNothingLeftTheApplication();
	}

	@Test
	void explainsAWrongARevokedAndARateLimitedKey() throws IOException {
		String revoked = WidgetKeys.issue(graphQl(), "widget-test revoked", baseUrl(), 60);
		String limited = WidgetKeys.issue(graphQl(), "widget-test limited", baseUrl(), 1);
		this.browser.driver().get(baseUrl() + "/widgets/demo.html");
		WebElement gaps = awaitState("integrationsnetz-luecken", "ready");

		this.browser.script("arguments[0].setAttribute('api-key', 'inw_falsch')", gaps);
		assertError(gaps, "key",
				"Der Zugangsschlüssel dieses Widgets ist ungültig oder wurde widerrufen. Bitte wenden Sie sich an die Redaktion dieser Seite.");
		Browser.screenshot(gaps, SCREENSHOTS.resolve("fehler-schluessel.png"));

		this.browser.script("arguments[0].setAttribute('api-key', arguments[1])", gaps, revoked);
		awaitState("integrationsnetz-luecken", "ready");
		WidgetKeys.revoke(graphQl(), this.neo4j, "widget-test revoked");
		this.browser.script("arguments[0].setAttribute('lang', 'de')", gaps);
		assertError(gaps, "key", "Der Zugangsschlüssel dieses Widgets ist ungültig");

		this.browser.script("arguments[0].setAttribute('api-key', arguments[1])", gaps, limited);
		awaitState("integrationsnetz-luecken", "ready");
		this.browser.script("arguments[0].setAttribute('lang', 'de-DE')", gaps);
		assertError(gaps, "rate", "Gerade kommen zu viele Anfragen.");
		assertNothingLeftTheApplication();
	}

	@Test
	void worksFromAnotherOriginWithAKeyForIt() throws IOException {
		String host = hostPage("/intranet.html",
				"""
						<integrationsnetz-luecken api-key="%1$s"></integrationsnetz-luecken>
						<integrationsnetz-expertenfinder api-key="%1$s" topic="Sprachförderung"></integrationsnetz-expertenfinder>
						<integrationsnetz-netzwerkkarte api-key="%1$s" network="widget-test-netz"></integrationsnetz-netzwerkkarte>
						""");
		String secret = WidgetKeys.issue(graphQl(), "widget-test other origin", host, 60);
		this.pages.computeIfPresent("/intranet.html", (path, page) -> page.formatted(secret));
		this.browser.driver().get(host + "/intranet.html");
		awaitState("integrationsnetz-luecken", "ready");
		WebElement finder = awaitState("integrationsnetz-expertenfinder", "ready");
		this.browser.await("experts",
				(driver) -> !finder.getShadowRoot().findElements(By.cssSelector("li.result")).isEmpty());
		WebElement map = awaitState("integrationsnetz-netzwerkkarte", "ready");
		this.browser.await("the map", (driver) -> "5".equals(map.getAttribute("data-node-count")));
		assertThat(this.browser.scriptErrors()).isEmpty();
		assertThat(this.browser.requests()).as("requests the page made")
			.anySatisfy((url) -> assertThat(url).isEqualTo(baseUrl() + "/graphql"))
			.allSatisfy((url) -> assertThat(Browser.goesTo(url, List.of(baseUrl(), host))).as(url).isTrue());
	}

	@Test
	void showsPersonsOnTheMapOnlyToCoordinators() {
		this.browser.driver().get(baseUrl() + "/widgets/demo.html");
		WebElement map = awaitState("integrationsnetz-netzwerkkarte", "ready");
		this.browser.script("arguments[0].setAttribute('token', arguments[1]);"
				+ " arguments[0].setAttribute('network', 'widget-test-netz')", map, COORDINATOR_TOKEN);
		// persons P and Q join: 7 nodes; the 4 institution ties and the 3 person ties
		this.browser.await("the map with persons", (driver) -> "7".equals(map.getAttribute("data-node-count")));
		assertThat(map.getAttribute("data-edge-count")).isEqualTo("7");
		this.browser.script("arguments[0].setAttribute('token', arguments[1])", map, STAFF_TOKEN);
		this.browser.await("the map without persons", (driver) -> "5".equals(map.getAttribute("data-node-count")));
		assertThat(map.getAttribute("data-edge-count")).isEqualTo("5");
		assertThat(this.browser.scriptErrors()).isEmpty();
	}

	@Test
	void speaksEnglishWhenAsked() {
		this.browser.driver().get(baseUrl() + "/widgets/demo.html");
		WebElement gaps = awaitState("integrationsnetz-luecken", "ready");
		this.browser.script("arguments[0].setAttribute('lang', 'en')", gaps);
		this.browser.await("the English card",
				(driver) -> this.browser.text("return arguments[0].shadowRoot.querySelector('h2').textContent", gaps)
					.equals("Open gaps in the integration network"));
	}

	/** A page of the test's own origin that loads the widgets from the application. */
	private String hostPage(String path, String body) {
		this.pages.put(path, """
				<!DOCTYPE html>
				<html lang="de"><head><meta charset="utf-8"><title>Fremde Seite</title><link rel="icon" href="data:,">
				<script type="module" src="%s/widgets/integrationsnetz-widgets.js"></script></head>
				<body><main>%s</main></body></html>
				""".formatted(baseUrl(), body));
		return "http://127.0.0.1:" + this.hostPages.getAddress().getPort();
	}

	private void assertError(WebElement widget, String kind, String message) {
		this.browser.await("the message for " + kind, (driver) -> "error".equals(widget.getAttribute("data-state"))
				&& kind.equals(widget.getAttribute("data-error")));
		assertThat(widget.getShadowRoot().findElement(By.cssSelector("[role=alert]")).getText()).startsWith(message);
	}

	private WebElement awaitState(String tag, String state) {
		return new WebDriverWait(this.browser.driver(), Browser.TIMEOUT)
			.withMessage(() -> tag + " to be " + state + "; it is "
					+ this.browser.text(
							"""
									const widget = document.querySelector(arguments[0]);
									return widget ? widget.dataset.state + ' ' + widget.dataset.error + ': ' + widget.shadowRoot.textContent : 'missing';
									""",
							tag))
			.until((driver) -> {
				List<WebElement> found = driver.findElements(By.tagName(tag));
				return (!found.isEmpty() && state.equals(found.get(0).getAttribute("data-state"))) ? found.get(0)
						: null;
			});
	}

	private void clickNode(WebElement map, String id) {
		WebElement canvas = map.getShadowRoot().findElement(By.cssSelector(".map"));
		@SuppressWarnings("unchecked")
		Map<String, Number> position = (Map<String, Number>) this.browser
			.script("return arguments[0].renderedPositionOf(arguments[1])", map, id);
		int x = (int) Math.round(position.get("x").doubleValue() - canvas.getRect().getWidth() / 2.0);
		int y = (int) Math.round(position.get("y").doubleValue() - canvas.getRect().getHeight() / 2.0);
		new Actions(this.browser.driver()).moveToElement(canvas, x, y).click().perform();
	}

	/** Runs axe-core (injected from the test class path, not fetched) on one widget. */
	private List<Object> axeViolations(WebElement widget) throws IOException {
		if (!"function".equals(this.browser.text("return typeof window.axe?.run"))) {
			try (InputStream in = WidgetBrowserTests.class.getResourceAsStream("/axe.min.js")) {
				this.browser.script(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		@SuppressWarnings("unchecked")
		List<Object> violations = (List<Object>) this.browser.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(arguments[0], { runOnly: { type: 'tag', values: arguments[1] } })
				  .then((result) => done(result.violations.map((v) => v.id + ' (' + v.impact + '): '
				    + v.nodes.map((n) => JSON.stringify(n.target) + ' ' + n.failureSummary).join(' | '))))
				  .catch((error) => done(['axe failed: ' + error]));
				""", widget, AXE_TAGS);
		return violations;
	}

	private void assertNothingLeftTheApplication() {
		assertThat(this.browser.scriptErrors()).as("JavaScript errors").isEmpty();
		assertThat(this.browser.requests()).as("requests the page made")
			.isNotEmpty()
			.allSatisfy((url) -> assertThat(Browser.goesTo(url, List.of(baseUrl()))).as(url).isTrue());
	}

	private static int score(String text) {
		return Integer.parseInt(text.replaceAll("\\D", ""));
	}

	private static String quoted(String text) {
		return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
	}

}
