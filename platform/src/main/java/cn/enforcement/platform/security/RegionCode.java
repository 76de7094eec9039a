package cn.enforcement.platform.security;

import java.util.regex.Pattern;

/**
 * A six-digit administrative division code (行政区划代码): two digits province, two city, two
 * county. A province code (220000) covers its cities and counties (2201xx, 2202xx); a city code
 * (220100) covers its counties (220102); a county code covers only itself.
 */
public record RegionCode(String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public RegionCode {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("a region code has six digits: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && SIX_DIGITS.matcher(value).matches();
    }

    /**
     * The region of an agency: an agency code (机关代码, nine digits here) is the administrative division
     * code of the region it serves followed by a serial, so 220100001 serves 220100.
     */
    public static RegionCode ofAgency(String agencyCode) {
        if (agencyCode == null || !agencyCode.matches("\\d{9}")) {
            throw new IllegalArgumentException("an agency code has nine digits: " + agencyCode);
        }
        return new RegionCode(agencyCode.substring(0, 6));
    }

    public boolean covers(RegionCode other) {
        return other.value.startsWith(prefix());
    }

    /** The leading digits every covered code shares: two for a province, four for a city, six for a county. */
    public String prefix() {
        if (value.endsWith("0000")) {
            return value.substring(0, 2);
        }
        return value.endsWith("00") ? value.substring(0, 4) : value;
    }
}
