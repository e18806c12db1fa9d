package org.ikametguide;

import org.ikametguide.system.AheadOfTimeProfiles;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.session.autoconfigure.SessionAutoConfiguration;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;

// Sessions are set up by system/SessionConfiguration, not by Boot's session auto-configuration (which would make the
// beans differ between the default start and the postgres profile: docs/performance.md, "Sessions").
@SpringBootApplication(exclude = { SessionAutoConfiguration.class, JdbcSessionAutoConfiguration.class })
public class IkametGuideApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(IkametGuideApplication.class);
		application.addListeners(new AheadOfTimeProfiles());
		application.run(args);
	}

}
