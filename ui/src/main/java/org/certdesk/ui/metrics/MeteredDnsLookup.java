package org.certdesk.ui.metrics;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.certdesk.domain.verification.DnsLookup;

/** Counts validation's DNS queries as {@code certdesk.validation.dns} by record kind and answer. */
public final class MeteredDnsLookup implements DnsLookup {

    private final DnsLookup dns;
    private final MeterRegistry meters;

    public MeteredDnsLookup(DnsLookup dns, MeterRegistry meters) {
        this.dns = dns;
        this.meters = meters;
    }

    @Override
    public DnsAnswer txt(String name) {
        return counted("txt", () -> dns.txt(name));
    }

    @Override
    public DnsAnswer caa(String name) {
        return counted("caa", () -> dns.caa(name));
    }

    @Override
    public DnsAnswer addresses(String name) {
        return counted("addresses", () -> dns.addresses(name));
    }

    private DnsAnswer counted(String kind, Supplier<DnsAnswer> query) {
        DnsAnswer answer = query.get();
        String seen = switch (answer) {
            case DnsAnswer.Records records -> "records";
            case DnsAnswer.NoRecords none -> "none";
            case DnsAnswer.TimedOut timedOut -> "timeout";
            case DnsAnswer.Bogus bogus -> "bogus";
        };
        Counter.builder("certdesk.validation.dns").tag("kind", kind).tag("answer", seen).register(meters).increment();
        return answer;
    }
}
