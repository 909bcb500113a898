package de.integrationsnetz.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import de.integrationsnetz.graph.EntityType;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * A set of files in the graph-seed format as bytes, by their path relative to the set's
 * directory ({@code nodes/Person.csv}), with the encoding the user declared (or none, to
 * detect it). Bytes rather than text, so that {@link CsvReader#decode} sees what a
 * spreadsheet program wrote.
 *
 * <p>
 * A JSON document ({@link JsonDocument}) is such a set too: each of its sections becomes
 * the CSV file it stands for, and its {@link SeedOrigin origin} names problems by the
 * place in the document instead of file and line.
 *
 * @param files path → content, in path order
 * @param encoding the declared encoding, or null to detect it per file
 * @param origin where the rows come from, to name them in problems
 */
record SeedFiles(Map<String, byte[]> files, Charset encoding, SeedOrigin origin) {

	SeedFiles {
		files = Collections.unmodifiableMap(new TreeMap<>(files));
		origin = (origin != null) ? origin : SeedOrigin.CSV;
	}

	/**
	 * CSV files.
	 * @param files path → content
	 * @param encoding the declared encoding, or null to detect it per file
	 */
	SeedFiles(Map<String, byte[]> files, Charset encoding) {
		this(files, encoding, SeedOrigin.CSV);
	}

	/**
	 * Every path the format knows: the 12 node files, then the 19 relationship files.
	 * @return the paths in format order
	 */
	static List<String> knownPaths() {
		List<String> paths = new ArrayList<>();
		for (EntityType type : EntityType.values()) {
			paths.add(SeedGraph.fileName(type));
		}
		for (RelationshipFile file : RelationshipFile.values()) {
			paths.add(file.fileName());
		}
		return paths;
	}

	/**
	 * The CSV files of a directory: every regular file in {@code nodes/} and
	 * {@code relationships/} (unknown ones are reported by {@link SeedGraph#read}).
	 * @param directory the directory
	 * @param encoding the declared encoding, or null to detect it
	 * @return the files
	 * @throws IllegalArgumentException if the directory does not exist
	 */
	static SeedFiles fromDirectory(Path directory, Charset encoding) {
		if (!Files.isDirectory(directory)) {
			throw new IllegalArgumentException(directory + " is not a directory");
		}
		Map<String, byte[]> files = new TreeMap<>();
		for (String folder : List.of("nodes", "relationships")) {
			Path dir = directory.resolve(folder);
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> entries = Files.list(dir)) {
				for (Path file : entries.filter(Files::isRegularFile).toList()) {
					files.put(folder + "/" + file.getFileName(), Files.readAllBytes(file));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + dir, ex);
			}
		}
		return new SeedFiles(files, encoding);
	}

	/**
	 * What the {@code import} command reads from a path: a JSON document (a file whose
	 * name ends in {@code .json}, or a directory that holds
	 * {@value GraphExport#JSON_FILE} and no CSV files), else the CSV files of a
	 * directory.
	 * @param path a directory or a {@code .json} file
	 * @param encoding the declared encoding of CSV files, or null to detect it; must be
	 * null for a JSON document (always UTF-8)
	 * @return the files
	 * @throws IllegalArgumentException if the path is neither, if a directory holds both
	 * CSV files and the JSON document, or if an encoding is declared for JSON
	 */
	static SeedFiles fromPath(Path path, Charset encoding) {
		Path json = null;
		if (Files.isRegularFile(path) && JsonDocument.isJson(path.getFileName().toString())) {
			json = path;
		}
		else if (Files.isDirectory(path) && Files.isRegularFile(path.resolve(GraphExport.JSON_FILE))) {
			if (!fromDirectory(path, encoding).files().isEmpty()) {
				throw new IllegalArgumentException(path + " holds both CSV files and " + GraphExport.JSON_FILE
						+ ": give " + path.resolve(GraphExport.JSON_FILE)
						+ " to import the JSON document, or move it away to import the CSV files");
			}
			json = path.resolve(GraphExport.JSON_FILE);
		}
		else if (!Files.isDirectory(path)) {
			throw new IllegalArgumentException(path + " is neither a directory nor a .json file");
		}
		if (json == null) {
			return fromDirectory(path, encoding);
		}
		if (encoding != null) {
			throw new IllegalArgumentException("--encoding applies to CSV files; a JSON document is always UTF-8");
		}
		try {
			return JsonDocument.read(json.getFileName().toString(), Files.readAllBytes(json));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + json, ex);
		}
	}

	/**
	 * The known files at a Spring resource location (which cannot be listed on the class
	 * path): every path of {@link #knownPaths()} that exists there.
	 * @param resources the resource loader
	 * @param location e.g. {@code classpath:graph-seed/} or {@code file:/path/}
	 * @return the files
	 */
	static SeedFiles fromLocation(ResourceLoader resources, String location) {
		String base = location.endsWith("/") ? location : location + "/";
		Map<String, byte[]> files = new TreeMap<>();
		for (String path : knownPaths()) {
			Resource resource = resources.getResource(base + path);
			if (resource.exists()) {
				try {
					files.put(path, resource.getContentAsByteArray());
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read " + base + path, ex);
				}
			}
		}
		return new SeedFiles(files, null);
	}

}
