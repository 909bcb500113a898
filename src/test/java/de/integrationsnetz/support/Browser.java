package de.integrationsnetz.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UsernameAndPassword;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.bidi.module.LogInspector;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.bidi.network.AddInterceptParameters;
import org.openqa.selenium.bidi.network.InterceptPhase;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real headless Chromium for the browser tests, driven through WebDriver BiDi (no
 * dependency on a Chrome DevTools Protocol version): it records every request the page
 * makes and every JavaScript error, so tests can assert that nothing leaves the
 * application (intranets have no internet) and that no script failed.
 * <p>
 * Needs Debian's {@code chromium} and {@code chromium-driver} packages; without them the
 * tests are skipped ({@link #assumeInstalled()}), except on CI ({@code CI=true}), where
 * they fail ({@link #requireOnCi()}).
 */
public final class Browser implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(Browser.class);

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final boolean INSTALLED = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);

	private static final String MISSING = "The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
			+ " (Debian packages chromium and chromium-driver; .ci/run installs them)";

	/** How long a test waits for the page. */
	public static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final List<String> scriptErrors = new CopyOnWriteArrayList<>();

	private final ChromeDriver driver;

	private final Network network;

	private final LogInspector log;

	private Browser(Path profile) {
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
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().window().setSize(new Dimension(1400, 900));
		this.network = new Network(this.driver);
		this.network.onBeforeRequestSent((event) -> record(event.getRequest().getUrl()));
		this.log = new LogInspector(this.driver);
		this.log.onJavaScriptException((entry) -> this.scriptErrors.add(entry.getText()));
	}

	/**
	 * Fails on CI if Chromium is missing, else logs that the browser tests are skipped.
	 * Call from a {@code @BeforeAll}.
	 */
	public static void requireOnCi() {
		if (!INSTALLED && "true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(MISSING + "; on CI (CI=true) they must run");
		}
		if (!INSTALLED) {
			logger.warn(MISSING + "; skipping them");
		}
	}

	/**
	 * Starts Chromium, or skips the test if it is not installed.
	 * @param profile an empty directory for the browser profile
	 * @return the browser
	 */
	public static Browser start(Path profile) {
		assumeTrue(INSTALLED, MISSING);
		return new Browser(profile);
	}

	/**
	 * The WebDriver, for what this class does not wrap.
	 * @return the driver
	 */
	public ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Every URL the page requested so far, {@code data:} URLs left out (they never leave
	 * the browser).
	 * @return the URLs in order
	 */
	public List<String> requests() {
		return this.requests;
	}

	/**
	 * The JavaScript exceptions no script caught.
	 * @return their texts
	 */
	public List<String> scriptErrors() {
		return this.scriptErrors;
	}

	/**
	 * Answers every HTTP sign-in request (Basic) the page meets with a user's
	 * credentials, as a person at the keyboard would.
	 * @param user the user name
	 * @param password the password
	 */
	public void answerSignIn(String user, String password) {
		this.network.addIntercept(new AddInterceptParameters(InterceptPhase.AUTH_REQUIRED));
		this.network.onAuthRequired((auth) -> this.network.continueWithAuth(auth.getRequest().getRequestId(),
				new UsernameAndPassword(user, password)));
	}

	/**
	 * Runs a script in the page.
	 * @param script the body of a function; {@code arguments} holds the arguments
	 * @param arguments its arguments
	 * @return what it returned
	 */
	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/**
	 * Runs a script in the page and returns its result as text.
	 * @param script the body of a function
	 * @param arguments its arguments
	 * @return the result's text, empty for null
	 */
	public String text(String script, Object... arguments) {
		Object result = script(script, arguments);
		return (result != null) ? result.toString() : "";
	}

	/**
	 * Waits until a condition holds.
	 * @param <T> the condition's result
	 * @param message what is awaited, for the failure message
	 * @param condition the condition; null or false means "not yet"
	 * @return the condition's result
	 */
	public <T> T await(String message, Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, TIMEOUT).withMessage(message).until(condition);
	}

	/**
	 * Whether a request went to one of the given origins.
	 * @param url the request's URL
	 * @param origins allowed {@code scheme://host:port} origins
	 * @return true if it did
	 */
	public static boolean goesTo(String url, List<String> origins) {
		URI uri = URI.create(url);
		String origin = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
		return origins.contains(origin);
	}

	/**
	 * Saves a screenshot of the whole window.
	 * @param target the PNG file
	 * @throws IOException if it cannot be written
	 */
	public void screenshot(Path target) throws IOException {
		screenshot((TakesScreenshot) this.driver, target);
	}

	/**
	 * Saves a screenshot of one element (or the window).
	 * @param source what to photograph
	 * @param target the PNG file
	 * @throws IOException if it cannot be written
	 */
	public static void screenshot(TakesScreenshot source, Path target) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		Files.copy(source.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public void close() {
		this.log.close();
		this.network.close();
		this.driver.quit();
	}

	private void record(String url) {
		if (!url.startsWith("data:")) {
			this.requests.add(url);
		}
	}

}
