package org.certdesk.adapters.persistence.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.certdesk.domain.catalogue.BrandOffer;
import org.certdesk.domain.catalogue.ProductCatalogue;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The catalogue as one row per brand; the allowed types and coverages as comma-separated enum names. */
@Component
class JdbcProductCatalogue implements ProductCatalogue {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcProductCatalogue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<BrandOffer> all() {
        return jdbc.sql("SELECT * FROM product_brand ORDER BY name").query(JdbcProductCatalogue::offer).list();
    }

    @Override
    public Optional<BrandOffer> find(String brand) {
        return jdbc.sql("SELECT * FROM product_brand WHERE name = :name").param("name", brand.strip())
                .query(JdbcProductCatalogue::offer).optional();
    }

    @Override
    public BrandOffer save(BrandOffer offer) {
        if (offer.version() == 0) {
            jdbc.sql("""
                    INSERT INTO product_brand (name, enabled, validation_types, coverages, max_name_slots, version, created_at)
                    VALUES (:name, :enabled, :types, :coverages, :slots, 1, :at)""")
                    .param("name", offer.brand()).param("enabled", offer.enabled()).param("types", names(offer.types()))
                    .param("coverages", names(offer.coverages())).param("slots", offer.maxNameSlots())
                    .param("at", clock.instant().truncatedTo(ChronoUnit.MICROS))
                    .update();
        } else {
            int updated = jdbc.sql("""
                    UPDATE product_brand SET enabled = :enabled, validation_types = :types, coverages = :coverages,
                           max_name_slots = :slots, version = version + 1
                    WHERE name = :name AND version = :version""")
                    .param("name", offer.brand()).param("enabled", offer.enabled()).param("types", names(offer.types()))
                    .param("coverages", names(offer.coverages())).param("slots", offer.maxNameSlots())
                    .param("version", offer.version())
                    .update();
            if (updated == 0) {
                throw new DomainException(Refusal.of("catalogue.concurrentChange", offer.brand()));
            }
        }
        return find(offer.brand()).orElseThrow();
    }

    private static BrandOffer offer(ResultSet rs, int row) throws SQLException {
        return new BrandOffer(rs.getString("name"), rs.getBoolean("enabled"),
                parse(rs.getString("validation_types"), ValidationType.class), parse(rs.getString("coverages"), Coverage.class),
                rs.getInt("max_name_slots"), rs.getLong("version"));
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(String names, Class<E> type) {
        EnumSet<E> parsed = EnumSet.noneOf(type);
        Arrays.stream(names.split(",")).filter(name -> !name.isBlank()).forEach(name -> parsed.add(Enum.valueOf(type, name.strip())));
        return parsed;
    }
}
