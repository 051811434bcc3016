package org.gongkai.catalogue;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the document form (gongkai.catalogue.*, beside {@link CatalogueProperties}).
 *
 * @param issuingBody the 发布机构 a new document starts with: the agency that publishes (the host organisation,
 *        {@code gongkai.site.host-organization}, unless set), never the internal division that drafts it
 * @param maxWordImportSize the largest Word file whose text may be brought into a document's body
 */
@Validated
@ConfigurationProperties("gongkai.catalogue")
public record DraftingProperties(@NotBlank String issuingBody, @DefaultValue("10MB") DataSize maxWordImportSize) {
}
