package org.certdesk.domain.verification;

/**
 * A place on Earth in WGS 84 degrees: where a Network Perspective stands, so that the CA can
 * prove its perspectives distinct (BR 3.2.2.9, at least 500 km apart).
 */
public record GeoPoint(double latitude, double longitude) {

    /** The mean Earth radius (IUGG); the spherical model is off by under 0.5% at these distances. */
    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90 degrees, not " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180 degrees, not " + longitude);
        }
    }

    /** The great-circle distance (haversine): the "straight-line distance" over the Earth's surface. */
    public double kilometresTo(GeoPoint other) {
        double dLatitude = Math.toRadians(other.latitude - latitude);
        double dLongitude = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLatitude / 2), 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLongitude / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
