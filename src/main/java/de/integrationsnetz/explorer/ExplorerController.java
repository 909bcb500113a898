package de.integrationsnetz.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.config.Webjars;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.HtmlUtils;

/**
 * The GraphQL explorer at {@code /graphiql}: GraphiQL 2 with the coordinator's example
 * questions. Every script and style comes from the application itself (GraphiQL and React
 * from their webjars under {@code /webjars/}, the explorer's own code under
 * {@code /explorer/}), so the page works in an intranet without internet access; Spring's
 * own GraphiQL page, which loads from a CDN, stays disabled.
 * <p>
 * The page's URLs are relative to {@code /graphiql}, so the application can run under a
 * context path. The webjar versions are read from the webjars' own Maven metadata
 * ({@link Webjars}), so the POM is the one place that names them.
 */
@Controller
class ExplorerController {

	private static final String TEMPLATE = "explorer/index.html";

	private final String page;

	private final List<Example> examples;

	ExplorerController(Examples examples, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		this.examples = examples.all();
		this.page = render(Map.of("graphiqlVersion", Webjars.version("graphiql"), "reactVersion",
				Webjars.version("react"), "reactDomVersion", Webjars.version("react-dom"), "graphqlUrl",
				graphQlPath.replaceFirst("^/+", "")));
	}

	/**
	 * The explorer page.
	 * @return the HTML page
	 */
	@GetMapping("/graphiql")
	@ResponseBody
	ResponseEntity<String> graphiql() {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(this.page);
	}

	/**
	 * The page's URLs are relative to {@code /graphiql}; with a trailing slash they would
	 * resolve below it, so that address redirects.
	 * @return a redirect to {@code /graphiql}, relative to the context path
	 */
	@GetMapping("/graphiql/")
	RedirectView graphiqlWithSlash() {
		return new RedirectView("/graphiql", true);
	}

	/**
	 * The examples the page offers, in order.
	 * @return name, question and query of each example
	 */
	@GetMapping(path = "/graphiql/examples", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<Example> examples() {
		return this.examples;
	}

	private static String render(Map<String, String> values) {
		String html = read(new ClassPathResource(TEMPLATE));
		for (Map.Entry<String, String> value : values.entrySet()) {
			html = html.replace("{{" + value.getKey() + "}}", HtmlUtils.htmlEscape(value.getValue()));
		}
		if (html.contains("{{")) {
			throw new IllegalStateException(TEMPLATE + " has a placeholder without a value");
		}
		return html;
	}

	private static String read(ClassPathResource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource.getPath(), ex);
		}
	}

}
