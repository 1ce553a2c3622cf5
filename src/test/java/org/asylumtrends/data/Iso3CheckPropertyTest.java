package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The hand-written ISO3 check accepts exactly what the pattern "[A-Z]{3}" did: three ASCII capitals, nothing
 * else — not lower case, not a letter with a mark, not a full-width capital, not two or four letters.
 */
class Iso3CheckPropertyTest {
    @Property(tries = 3000)
    void sameAsThePattern(@ForAll @StringLength(min = 0, max = 5)
                          @Chars({'A', 'B', 'Z', 'a', 'z', '@', '[', '`', '{', '0', '9', ' ', '\u00c4', '\uff21', '\u0130'})
                          String code) {
        assertThat(Country.isIso3(code)).as("'%s'", code).isEqualTo(code.matches("[A-Z]{3}"));
    }

    @Test
    void examples() {
        assertThat(Country.isIso3("CHN")).isTrue();
        assertThat(Country.isIso3(null)).isFalse();
        assertThat(Country.isIso3("chn")).isFalse();
        assertThat(Country.isIso3("CH")).isFalse();
        assertThat(Country.isIso3("CHNA")).isFalse();
        assertThat(Country.isIso3("C\u00c4N")).isFalse();
    }
}
