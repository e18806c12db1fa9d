package org.ikametguide.tracker;

import java.util.Locale;

import jakarta.validation.constraints.Pattern;

/**
 * The card's PTT shipment barcode, optional. PTT publishes no format we could cite, so this takes a bounded plain
 * code: 8 to 30 letters (A–Z) and digits, spaces ignored, kept in capitals. Empty removes a kept barcode. No
 * toString: the barcode is private like a note and must not reach a log.
 */
public class PttBarcodeForm {

	public static final int MIN = 8;

	public static final int MAX = 30;

	@Pattern(regexp = "(\\s*[A-Za-z0-9]){" + MIN + "," + MAX + "}\\s*|\\s*",
			message = "{tracker.ptt.barcode.invalid}")
	private String barcode;

	public static PttBarcodeForm of(String kept) {
		PttBarcodeForm form = new PttBarcodeForm();
		form.setBarcode(kept);
		return form;
	}

	/** The barcode to keep, or {@code null} to remove it. */
	public String toBarcode() {
		if (barcode == null || barcode.isBlank()) {
			return null;
		}
		return barcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	public String getBarcode() {
		return barcode;
	}

	public void setBarcode(String barcode) {
		this.barcode = barcode;
	}

}
