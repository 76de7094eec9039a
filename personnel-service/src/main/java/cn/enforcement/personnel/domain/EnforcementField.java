package cn.enforcement.personnel.domain;

/** The enforcement fields (执法门类) of transport comprehensive enforcement. */
public enum EnforcementField {
    ROAD_TRANSPORT,          // 道路运输
    ROAD_ADMINISTRATION,     // 公路路政
    WATERWAY_TRANSPORT,      // 水路运输
    WATERWAY_ADMINISTRATION, // 航道行政
    MARITIME,                // 地方海事
    PORT,                    // 港口行政
    CONSTRUCTION_QUALITY     // 工程质量监督
}
