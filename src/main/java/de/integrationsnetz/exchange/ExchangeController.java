package de.integrationsnetz.exchange;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code importGraph} and {@code exportGraph}: the import and export of the command line,
 * for coordinators in the explorer or an intranet page. Problems with the files are part
 * of the report, not GraphQL errors; the import's progress goes to the log.
 */
@Controller
class ExchangeController {

	private static final String UTF8_BOM = "\uFEFF";

	private final SeedLoader loader;

	private final GraphExport export;

	ExchangeController(SeedLoader loader, GraphExport export) {
		this.loader = loader;
		this.export = export;
	}

	/**
	 * A file of an import (GraphQL input {@code ImportFile}): text, or bytes in base64
	 * for files whose encoding should be detected (Windows-1252). A path ending in
	 * {@code .json} is the JSON document an export writes, imported alone.
	 *
	 * @param path e.g. {@code nodes/Person.csv} or {@code integrationsnetz.json}
	 * @param content the file as text
	 * @param contentBase64 the file's bytes in base64
	 */
	record ImportFile(String path, String content, String contentBase64) {
	}

	@MutationMapping
	ImportReport importGraph(@Argument List<ImportFile> files, @Argument Boolean dryRun, @Argument String encoding) {
		List<SeedProblem> problems = new ArrayList<>();
		Charset charset = null;
		try {
			charset = CsvReader.charset(encoding);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new SeedProblem("encoding", null, ex.getMessage()));
		}
		Map<String, byte[]> bytes = new TreeMap<>();
		for (ImportFile file : files) {
			String path = (file.path() != null) ? file.path().strip().replaceFirst("^\\./", "") : "";
			if ((file.content() == null) == (file.contentBase64() == null)) {
				problems.add(new SeedProblem(path, null, "give either content or contentBase64"));
				continue;
			}
			if (bytes.containsKey(path)) {
				problems.add(new SeedProblem(path, null, "the file is given twice"));
				continue;
			}
			if (file.content() != null) {
				// text is Unicode already: UTF-8 with a byte order mark, which the reader
				// takes
				// as UTF-8 whatever encoding is declared for the base64 files
				bytes.put(path, (UTF8_BOM + file.content()).getBytes(StandardCharsets.UTF_8));
				continue;
			}
			try {
				bytes.put(path, Base64.getMimeDecoder().decode(file.contentBase64()));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new SeedProblem(path, null, "contentBase64 is not base64: " + ex.getMessage()));
			}
		}
		boolean dry = Boolean.TRUE.equals(dryRun);
		List<String> json = bytes.keySet().stream().filter(JsonDocument::isJson).toList();
		if (!json.isEmpty() && bytes.size() > 1) {
			json.forEach((path) -> problems.add(new SeedProblem(path, null,
					"a JSON document is imported alone: give it as the only file, or give CSV files only")));
		}
		if (!json.isEmpty() && charset != null) {
			problems.add(new SeedProblem("encoding", null,
					"applies to CSV files given as contentBase64; a JSON document is always UTF-8"));
		}
		if (!problems.isEmpty()) {
			return ImportReport.failed(dry, problems);
		}
		SeedFiles set = json.isEmpty() ? new SeedFiles(bytes, charset)
				: JsonDocument.read(json.get(0), bytes.get(json.get(0)));
		return this.loader.importFiles(set, dry, ImportProgress.log());
	}

	@MutationMapping
	GraphExport.ExportResult exportGraph(@Argument GraphExport.ExportFormat format) {
		return this.export.export(format);
	}

}
