package org.gongkai.catalogue.site;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.gongkai.catalogue.DocumentSummary;
import org.springframework.data.domain.Page;

/**
 * The sitemap protocol (sitemaps.org 0.9): one {@code urlset} while everything fits in a file of
 * {@code perFile} URLs (50,000 by the protocol), otherwise a {@code sitemapindex} pointing at a file of the
 * portal's pages and numbered files of documents. Documents are read and written a chunk at a time, so that
 * no list of every document is ever held in memory.
 *
 * @param perFile the most URLs one file may hold (a multiple of {@code chunk})
 * @param chunk documents read per query
 * @param documents a page of public documents by page number (from 0) of {@code chunk} each
 * @param url the absolute URL of a path of this site
 */
record Sitemap(int perFile, int chunk, IntFunction<Page<DocumentSummary>> documents, Function<String, String> url) {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** {@code /sitemap.xml}: everything, or the index of the files when it does not fit in one. */
	void writeRoot(OutputStream out, List<String> pages) throws XMLStreamException {
		long total = documents.apply(0).getTotalElements();
		XMLStreamWriter xml = start(out, pages.size() + total <= perFile ? "urlset" : "sitemapindex");
		if (pages.size() + total <= perFile) {
			pages(xml, pages);
			documents(xml, 0, total);
		}
		else {
			sitemap(xml, "/sitemaps/pages.xml");
			for (int file = 1; file <= files(total); file++) {
				sitemap(xml, "/sitemaps/documents-" + file + ".xml");
			}
		}
		end(xml);
	}

	void writePages(OutputStream out, List<String> pages) throws XMLStreamException {
		XMLStreamWriter xml = start(out, "urlset");
		pages(xml, pages);
		end(xml);
	}

	/** Whether a numbered file of documents exists (from 1). */
	boolean hasDocumentsFile(int file) {
		return file >= 1 && file <= files(documents.apply(0).getTotalElements());
	}

	/** A numbered file of documents, from 1. */
	void writeDocuments(OutputStream out, int file) throws XMLStreamException {
		long total = documents.apply(0).getTotalElements();
		XMLStreamWriter xml = start(out, "urlset");
		long first = (long) (file - 1) * perFile;
		documents(xml, first, Math.min(total, first + perFile));
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

	/** Documents at positions {@code from} (inclusive) to {@code to} (exclusive) of the public list. */
	private void documents(XMLStreamWriter xml, long from, long to) throws XMLStreamException {
		for (int page = (int) (from / chunk); (long) page * chunk < to; page++) {
			Page<DocumentSummary> batch = documents.apply(page);
			for (DocumentSummary document : batch) {
				url(xml, url.apply("/catalogue/documents/" + document.id()));
			}
			if (!batch.hasNext()) {
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
