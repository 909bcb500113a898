package de.integrationsnetz.explorer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import de.integrationsnetz.support.Browser;
import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer in a real headless Chromium: it renders, runs the examples, and every
 * request the page makes goes to the application, never to another host (intranets have
 * no internet). Network and log events come through WebDriver BiDi, so the test does not
 * depend on a Chrome DevTools Protocol version.
 * <p>
 * Runs on the shared {@link Browser} harness (skipped without Chromium, except on CI). A
 * screenshot of the page lands in {@code target/explorer.png}.
 */
class ExplorerBrowserTests extends GraphIntegrationTest {

	private static final Duration TIMEOUT = Browser.TIMEOUT;

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

	private Browser chromium;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeAll
	static void requireBrowserOnCi() {
		Browser.requireOnCi();
	}

	@BeforeEach
	void startBrowser(@TempDir Path profile) {
		this.chromium = Browser.start(profile);
		// the API asks for sign-in (HTTP Basic); the browser answers as a person would
		this.chromium.answerSignIn(BASIC_USER, BASIC_PASSWORD);
		this.browser = this.chromium.driver();
		this.wait = new WebDriverWait(this.browser, TIMEOUT);
	}

	@AfterEach
	void stopBrowser() {
		if (this.chromium != null) {
			this.chromium.close();
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

		assertThat(this.chromium.scriptErrors()).as("JavaScript errors").isEmpty();
		assertThat(this.chromium.requests()).as("requests the page made")
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

		assertThat(this.chromium.scriptErrors()).as("JavaScript errors").isEmpty();
		assertThat(this.chromium.requests()).allSatisfy(this::goesToTheApplication);
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
		return this.chromium.text(script);
	}

	private void screenshot(Path target) throws IOException {
		this.chromium.screenshot(target);
	}

}
