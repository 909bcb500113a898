package de.integrationsnetz.explorer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.bidi.module.LogInspector;
import org.openqa.selenium.UsernameAndPassword;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.bidi.network.AddInterceptParameters;
import org.openqa.selenium.bidi.network.InterceptPhase;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The explorer in a real headless Chromium: it renders, runs the examples, and every
 * request the page makes goes to the application, never to another host (intranets have
 * no internet). Network and log events come through WebDriver BiDi, so the test does not
 * depend on a Chrome DevTools Protocol version.
 * <p>
 * Needs Debian's {@code chromium} and {@code chromium-driver} packages; without them the
 * tests are skipped, except on CI ({@code CI=true}), where they fail. A screenshot of the
 * page lands in {@code target/explorer.png}.
 */
class ExplorerBrowserTests extends GraphIntegrationTest {

	private static final Log logger = LogFactory.getLog(ExplorerBrowserTests.class);

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final boolean INSTALLED = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);

	private static final String MISSING = "The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
			+ " (Debian packages chromium and chromium-driver; .ci/run installs them)";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/**
	 * Returns the response editor's whole text, including lines CodeMirror has not drawn.
	 */
	private static final String RESPONSE_TEXT = """
			const editor = document.querySelector('.graphiql-response .CodeMirror');
			return editor && editor.CodeMirror ? editor.CodeMirror.getValue() : '';
			""";

	/** Returns the query editor's text. */
	private static final String QUERY_TEXT = """
			const editor = document.querySelector('.graphiql-query-editor .CodeMirror');
			return editor && editor.CodeMirror ? editor.CodeMirror.getValue() : '';
			""";

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final List<String> scriptErrors = new CopyOnWriteArrayList<>();

	private ChromeDriver browser;

	private Network network;

	private LogInspector log;

	private WebDriverWait wait;

	@BeforeAll
	static void requireBrowserOnCi() {
		if (!INSTALLED && "true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(MISSING + "; on CI (CI=true) they must run");
		}
		if (!INSTALLED) {
			logger.warn(MISSING + "; skipping them");
		}
	}

	@BeforeEach
	void startBrowser(@TempDir Path profile) {
		assumeTrue(INSTALLED, MISSING);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile);
		options.setCapability("webSocketUrl", true);
		// an explicit driver and binary keep Selenium Manager from looking for (or
		// downloading) either
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().window().setSize(new Dimension(1400, 900));
		this.network = new Network(this.browser);
		this.network.onBeforeRequestSent((event) -> record(event.getRequest().getUrl()));
		// the API asks for sign-in (HTTP Basic); the handler answers as a person would
		this.network.addIntercept(new AddInterceptParameters(InterceptPhase.AUTH_REQUIRED));
		this.network.onAuthRequired((auth) -> this.network.continueWithAuth(auth.getRequest().getRequestId(),
				new UsernameAndPassword(BASIC_USER, BASIC_PASSWORD)));
		this.log = new LogInspector(this.browser);
		this.log.onJavaScriptException((entry) -> this.scriptErrors.add(entry.getText()));
		this.wait = new WebDriverWait(this.browser, TIMEOUT);
	}

	@AfterEach
	void stopBrowser() {
		if (this.log != null) {
			this.log.close();
		}
		if (this.network != null) {
			this.network.close();
		}
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void runsTheFirstExampleWithEveryRequestGoingToTheApplication() throws IOException {
		this.browser.get(baseUrl() + "/graphiql");
		this.wait.until(ExpectedConditions.titleIs("Integrationsnetz – GraphQL explorer"));
		this.wait.until((browser) -> script(QUERY_TEXT).contains("query ContactPersonAndDeputy"));

		run();
		awaitResponseContaining("Sam Exempel");
		assertThat(script(RESPONSE_TEXT)).contains("Fachbereich Bürgerdienste", "Dana Probe")
			.doesNotContain("\"errors\"");
		screenshot(Path.of("target", "explorer.png"));

		assertThat(this.scriptErrors).as("JavaScript errors").isEmpty();
		assertThat(this.requests).as("requests the page made")
			.anySatisfy((url) -> assertThat(url).endsWith("/graphiql/examples"))
			.anySatisfy((url) -> assertThat(url).endsWith("/graphql"))
			.allSatisfy(this::goesToTheApplication);
	}

	@Test
	void opensAnExampleFromTheExamplesPanel() {
		this.browser.get(baseUrl() + "/graphiql");
		WebElement experts = this.wait.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("button.explorer-example[data-example='ExpertsOnATopic']")));
		assertThat(experts.getText()).contains("Sprachförderung");

		experts.click();
		this.wait.until((browser) -> script(QUERY_TEXT).contains("query ExpertsOnATopic"));
		assertThat(activeTabTitle()).isEqualTo("ExpertsOnATopic");
		run();
		awaitResponseContaining("Charlie Modell");

		// once its tab is edited, picking the example again opens it in a new tab
		int tabs = tabCount();
		script("document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('{ __typename }');");
		this.wait.until((browser) -> "<untitled>".equals(activeTabTitle()));
		experts.click();
		this.wait.until((browser) -> tabCount() == tabs + 1);
		this.wait.until((browser) -> script(QUERY_TEXT).contains("query ExpertsOnATopic"));
		this.wait.until((browser) -> "ExpertsOnATopic".equals(activeTabTitle()));

		assertThat(this.scriptErrors).as("JavaScript errors").isEmpty();
		assertThat(this.requests).allSatisfy(this::goesToTheApplication);
	}

	private void record(String url) {
		// data: URLs (GraphiQL's inlined fonts) never leave the browser
		if (!url.startsWith("data:")) {
			this.requests.add(url);
		}
	}

	private void goesToTheApplication(String url) {
		URI uri = URI.create(url);
		assertThat(uri.getScheme()).as("scheme of %s", url).isEqualTo("http");
		assertThat(uri.getHost()).as("host of %s", url).isIn("localhost", "127.0.0.1");
		assertThat(uri.getPort()).as("port of %s", url).isEqualTo(this.port);
	}

	private void awaitResponseContaining(String text) {
		new WebDriverWait(this.browser, TIMEOUT)
			.withMessage(() -> "the response to contain " + text + "; it is: " + script(RESPONSE_TEXT))
			.until((browser) -> script(RESPONSE_TEXT).contains(text));
	}

	private void run() {
		this.browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
	}

	private String activeTabTitle() {
		// the tab bar scrolls sideways, so the active tab may be out of sight: read the
		// DOM
		return script("return document.querySelector('.graphiql-tab-active .graphiql-tab-button').textContent");
	}

	private int tabCount() {
		return this.browser.findElements(By.cssSelector(".graphiql-tab")).size();
	}

	private String script(String script) {
		Object result = ((JavascriptExecutor) this.browser).executeScript(script);
		return (result != null) ? result.toString() : "";
	}

	private void screenshot(Path target) throws IOException {
		Files.createDirectories(target.getParent());
		Files.copy(this.browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
	}

}
