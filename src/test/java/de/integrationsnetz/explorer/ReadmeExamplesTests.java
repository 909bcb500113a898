package de.integrationsnetz.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query the README shows runs against the Herne seed without errors (mutations are
 * left out: they would change the shared graph).
 */
class ReadmeExamplesTests extends GraphIntegrationTest {

	private static final Pattern BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	static List<String> readmeQueries() throws IOException {
		List<String> documents = new ArrayList<>();
		Matcher block = BLOCK.matcher(Files.readString(Path.of("README.md")));
		while (block.find()) {
			String text = block.group(1).strip();
			if (text.startsWith("mutation")) {
				continue;
			}
			List<String> lines = text.lines().filter((line) -> !line.isBlank()).toList();
			if (lines.size() > 1 && lines.stream().allMatch((line) -> line.startsWith("{ "))) {
				documents.addAll(lines);
			}
			else {
				documents.add(text);
			}
		}
		return documents;
	}

	@ParameterizedTest
	@MethodSource("readmeQueries")
	void runsWithoutErrorsAndFindsData(String document) {
		String response = graphQl().document(document)
			.execute()
			.errors()
			.verify()
			.path("")
			.entity(Object.class)
			.get()
			.toString();
		assertThat(response).matches("(?s).*\\w+=[^\\[\\]{}=,]+.*");
	}

}
