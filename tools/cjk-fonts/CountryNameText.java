import java.util.Locale;

/** Prints every country name the JDK has in Chinese and Korean, so the bundled font subsets cover them all. */
public class CountryNameText {
    public static void main(String[] args) {
        for (String iso2 : Locale.getISOCountries()) {
            for (String tag : new String[] {"zh-Hans", "ko"}) {
                System.out.println(Locale.of("", iso2).getDisplayCountry(Locale.forLanguageTag(tag)));
            }
        }
    }
}
