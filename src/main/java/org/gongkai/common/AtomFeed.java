package org.gongkai.common;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287) for any module, written with an XML stream writer that escapes every title and summary,
 * characters XML cannot carry dropped: nothing staff typed can break out of its element. The catalogue's feeds and
 * the 双公示 lists' feeds use it.
 *
 * @param id the feed's permanent IRI
 * @param title the feed's title
 * @param author who publishes it
 * @param updated the latest change to anything in it
 * @param alternate the HTML page the feed follows
 * @param self the feed's own URL
 * @param entries the newest first
 */
public record AtomFeed(String id, String title, String author, Instant updated, String alternate, String self,
		List<Entry> entries) {

	public static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	/** One entry. */
	public record Entry(String id, String title, Instant updated, Instant published, String link, String summary,
			String category) {
	}

	public byte[] toXml() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "feed");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", "zh-CN");
			text(xml, "id", id);
			text(xml, "title", title);
			text(xml, "updated", time(updated));
			link(xml, "alternate", "text/html", alternate);
			link(xml, "self", "application/atom+xml", self);
			xml.writeStartElement(NAMESPACE, "author");
			text(xml, "name", author);
			xml.writeEndElement();
			for (Entry entry : entries) {
				entry(xml, entry);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("cannot write the Atom feed", ex);
		}
		return out.toByteArray();
	}

	private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "entry");
		text(xml, "id", entry.id());
		text(xml, "title", entry.title());
		text(xml, "updated", time(entry.updated()));
		text(xml, "published", time(entry.published()));
		link(xml, "alternate", "text/html", entry.link());
		if (entry.category() != null) {
			xml.writeEmptyElement(NAMESPACE, "category");
			xml.writeAttribute("term", clean(entry.category()));
		}
		if (entry.summary() != null && !entry.summary().isBlank()) {
			text(xml, "summary", entry.summary());
		}
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, element);
		xml.writeCharacters(clean(value));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement(NAMESPACE, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	/** RFC 3339 in UTC, to the second. */
	private static String time(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/** Text fit for XML 1.0: characters XML cannot carry at all (most control characters) are dropped. */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().filter(AtomFeed::allowed).forEach(out::appendCodePoint);
		return out.toString();
	}

	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}
