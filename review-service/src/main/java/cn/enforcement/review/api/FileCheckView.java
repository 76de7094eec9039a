package cn.enforcement.review.api;

/** An automated file check: its stable name, the articles it applies, and its version (raised when what it finds changes). */
public record FileCheckView(String name, String basis, int version) {
}
