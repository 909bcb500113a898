package de.integrationsnetz.widgets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The trusted documents (persisted queries): the only GraphQL documents the intranet
 * widgets send. Each is a file {@code trusted-documents/<name>.graphql} on the class
 * path; its id is {@code sha256:} and the lowercase hex SHA-256 of the file's bytes, so
 * an id names exactly one text and a changed file gets a new id. Loaded once at start-up.
 */
@Component
public class TrustedDocuments {

	/** Where the documents lie on the class path. */
	static final String LOCATION = "classpath:trusted-documents/*.graphql";

	private final Map<String, Document> byId;

	private final Map<String, String> idsByName;

	TrustedDocuments() {
		Map<String, Document> documents = new LinkedHashMap<>();
		Map<String, String> ids = new TreeMap<>();
		for (Resource resource : resources()) {
			String filename = resource.getFilename();
			String name = filename.substring(0, filename.length() - ".graphql".length());
			byte[] bytes = read(resource);
			String id = id(bytes);
			documents.put(id, new Document(name, new String(bytes, StandardCharsets.UTF_8)));
			ids.put(name, id);
		}
		this.byId = Collections.unmodifiableMap(documents);
		this.idsByName = Collections.unmodifiableMap(ids);
	}

	/**
	 * The document with an id.
	 * @param id {@code sha256:} and the hex hash
	 * @return the document, empty if no trusted document has the id
	 */
	public Optional<Document> byId(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/**
	 * The id of every document by its name, sorted by name: the manifest the widgets
	 * read.
	 * @return name to id
	 */
	public Map<String, String> idsByName() {
		return this.idsByName;
	}

	/**
	 * The id of a document's text.
	 * @param bytes the file's bytes (UTF-8)
	 * @return {@code sha256:} and the lowercase hex hash
	 */
	static String id(byte[] bytes) {
		try {
			return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static Resource[] resources() {
		try {
			return new PathMatchingResourcePatternResolver(TrustedDocuments.class.getClassLoader())
				.getResources(LOCATION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + LOCATION, ex);
		}
	}

	private static byte[] read(Resource resource) {
		try {
			return resource.getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the trusted document " + resource.getFilename(), ex);
		}
	}

	/**
	 * A trusted document.
	 *
	 * @param name its file name without {@code .graphql}
	 * @param text the GraphQL document
	 */
	public record Document(String name, String text) {

	}

}
