package org.ikametguide.guide;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * For templates ({@code @runs.of(…)}): a UI message cut into {@link GuideContent.Run runs} as guide passages are, so
 * that an address inside it (e-ikamet.goc.gov.tr in a button) is kept whole and left to right.
 */
@Component("runs")
public class Runs {

	public List<GuideContent.Run> of(String text) {
		return GuideContent.Run.of(text);
	}

}
