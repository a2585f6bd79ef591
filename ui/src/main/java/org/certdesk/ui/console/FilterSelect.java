package org.certdesk.ui.console;

import java.util.Arrays;
import java.util.function.Function;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.internal.JacksonUtils;
import tools.jackson.databind.node.ArrayNode;

/**
 * A filter drop-down over an enum's constants, with a first option "all" that stands for no
 * filter (null). The same {@code <vaadin-select>} as Vaadin's {@code Select}, but its options are
 * one {@code items} property that the browser turns into option elements: {@code Select} keeps a
 * server-side component and a text node for every option in every session, and the Manage
 * Certificates filters' 15 options were about a third of a signed-in session's state nodes
 * (docs/benchmarks.md, "Session memory").
 */
@Tag("vaadin-select")
@NpmPackage(value = "@vaadin/select", version = "25.2.6")
@JsModule("@vaadin/select/src/vaadin-select.js")
class FilterSelect<E extends Enum<E>> extends AbstractSinglePropertyField<FilterSelect<E>, E> implements HasLabel {

    /** The "all" option's value: vaadin-select gives an option whose value is "" its label as value instead. */
    private static final String ALL = "*";

    FilterSelect(Class<E> type, String allLabel, Function<E, String> label) {
        super("value", null, String.class, name -> Arrays.stream(type.getEnumConstants())
                .filter(option -> option.name().equals(name)).findFirst().orElse(null), value -> value == null ? ALL : value.name());
        ArrayNode items = JacksonUtils.createArrayNode();
        items.add(JacksonUtils.createObjectNode().put("label", allLabel).put("value", ALL));
        for (E option : type.getEnumConstants()) {
            items.add(JacksonUtils.createObjectNode().put("label", label.apply(option)).put("value", option.name()));
        }
        getElement().setPropertyJson("items", items);
        getElement().setProperty("value", ALL);
    }
}
