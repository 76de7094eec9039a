package cn.enforcement.personnel.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The enforcement fields (执法门类) of transport comprehensive enforcement. */
public enum EnforcementField {
    @Schema(description = "道路运输: road transport")
    ROAD_TRANSPORT,
    @Schema(description = "公路路政: highway administration")
    ROAD_ADMINISTRATION,
    @Schema(description = "水路运输: waterway transport")
    WATERWAY_TRANSPORT,
    @Schema(description = "航道行政: waterway channel administration")
    WATERWAY_ADMINISTRATION,
    @Schema(description = "地方海事: local maritime affairs")
    MARITIME,
    @Schema(description = "港口行政: port administration")
    PORT,
    @Schema(description = "工程质量监督: construction quality supervision")
    CONSTRUCTION_QUALITY
}
