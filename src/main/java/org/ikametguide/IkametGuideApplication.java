package org.ikametguide;

import org.ikametguide.system.AheadOfTimeProfiles;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cache.annotation.EnableCaching;

@SpringBootApplication
@EnableCaching
public class IkametGuideApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(IkametGuideApplication.class);
		application.addListeners(new AheadOfTimeProfiles());
		application.run(args);
	}

}
