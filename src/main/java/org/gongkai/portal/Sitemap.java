package org.gongkai.portal;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.gongkai.common.shell.SitemapEntries;

/**
 * The sitemap protocol (sitemaps.org 0.9): one {@code urlset} while everything fits in a file of
 * {@code perFile} URLs (50,000 by the protocol), otherwise a {@code sitemapindex} pointing at a file of the
 * portal's pages and numbered files of each contributor's pages ({@code /sitemaps/<name>-<n>.xml}). Entries are
 * read and written a chunk at a time, so that no list of every record is ever held in memory.
 *
 * @param perFile the most URLs one file may hold (a multiple of {@code chunk})
 * @param chunk entries read per query
 * @param sources the modules' pages
 * @param url the absolute URL of a path of this site
 */
record Sitemap(int perFile, int chunk, List<SitemapEntries> sources, Function<String, String> url) {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** {@code /sitemap.xml}: everything, or the index of the files when it does not fit in one. */
	void writeRoot(OutputStream out, List<String> pages) throws XMLStreamException {
		long[] counts = sources.stream().mapToLong(SitemapEntries::count).toArray();
		long total = pages.size() + java.util.Arrays.stream(counts).sum();
		XMLStreamWriter xml = start(out, total <= perFile ? "urlset" : "sitemapindex");
		if (total <= perFile) {
			pages(xml, pages);
			for (int i = 0; i < counts.length; i++) {
				entries(xml, sources.get(i), 0, counts[i]);
			}
		}
		else {
			sitemap(xml, "/sitemaps/pages.xml");
			for (int i = 0; i < counts.length; i++) {
				for (int file = 1; file <= files(counts[i]); file++) {
					sitemap(xml, "/sitemaps/" + sources.get(i).name() + "-" + file + ".xml");
				}
			}
		}
		end(xml);
	}

	void writePages(OutputStream out, List<String> pages) throws XMLStreamException {
		XMLStreamWriter xml = start(out, "urlset");
		pages(xml, pages);
		end(xml);
	}

	/** The contributor of this name when it has a numbered file {@code file} (from 1). */
	Optional<SitemapEntries> fileOf(String name, int file) {
		return sources.stream()
			.filter(source -> source.name().equals(name))
			.filter(source -> file >= 1 && file <= files(source.count()))
			.findFirst();
	}

	/** A numbered file of a contributor's pages, from 1. */
	void writeFile(OutputStream out, SitemapEntries source, int file) throws XMLStreamException {
		long total = source.count();
		XMLStreamWriter xml = start(out, "urlset");
		long first = (long) (file - 1) * perFile;
		entries(xml, source, first, Math.min(total, first + perFile));
		end(xml);
	}

	private long files(long total) {
		return (total + perFile - 1) / perFile;
	}

	private void pages(XMLStreamWriter xml, List<String> pages) throws XMLStreamException {
		for (String page : pages) {
			url(xml, url.apply(page));
		}
	}

	/** Entries at positions {@code from} (inclusive) to {@code to} (exclusive) of a contributor's list. */
	private void entries(XMLStreamWriter xml, SitemapEntries source, long from, long to) throws XMLStreamException {
		for (int page = (int) (from / chunk); (long) page * chunk < to; page++) {
			List<String> batch = source.paths(page, chunk);
			for (String path : batch) {
				url(xml, url.apply(path));
			}
			if (batch.size() < chunk) {
				break;
			}
		}
	}

	private static XMLStreamWriter start(OutputStream out, String root) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(NAMESPACE);
		xml.writeStartElement(NAMESPACE, root);
		xml.writeDefaultNamespace(NAMESPACE);
		return xml;
	}

	private static void end(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

	private static void url(XMLStreamWriter xml, String location) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "url");
		xml.writeStartElement(NAMESPACE, "loc");
		xml.writeCharacters(location);
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private void sitemap(XMLStreamWriter xml, String path) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "sitemap");
		xml.writeStartElement(NAMESPACE, "loc");
		xml.writeCharacters(url.apply(path));
		xml.writeEndElement();
		xml.writeEndElement();
	}

}
