package cn.enforcement.cases.api;

import java.util.List;

/** A page of transfers, the newest delivered first; pass next as after for the following page. */
public record TransferPage(List<TransferView> transfers, String next) {
}
