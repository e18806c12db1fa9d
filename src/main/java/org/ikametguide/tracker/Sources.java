package org.ikametguide.tracker;

/**
 * The official sources of the tracker's rules, shown beside the dates and periods that follow from them.
 */
public final class Sources {

	/**
	 * Law No. 6458 on Foreigners and International Protection as published in the Official Gazette (11 April 2013,
	 * No. 28615): art. 21(5), applications decided within 90 days; art. 24(2), extensions from 60 days before the
	 * permit ends.
	 */
	public static final String LAW_6458 = "https://www.resmigazete.gov.tr/eskiler/2013/04/20130411-2.htm";

	/**
	 * YİMER, the Foreigners Communication Centre of the Presidency of Migration Management: missing documents within
	 * up to 30 days from the date shown in e-İkamet; the extension window; up to 180 days for long-term permits in
	 * İstanbul and Antalya (guidance, not law).
	 */
	public static final String YIMER = "https://www.yimer.gov.tr/TR/Index";

	private Sources() {
	}

}
