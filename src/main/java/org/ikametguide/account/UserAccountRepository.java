package org.ikametguide.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	/** Finds an account by its username in any letter case. */
	default Optional<UserAccount> findByUsernameIgnoringCase(String username) {
		return findByUsernameKey(Usernames.key(username));
	}

	Optional<UserAccount> findByUsernameKey(String usernameKey);

	boolean existsByUsernameKey(String usernameKey);

	/**
	 * Deletes the row itself (not through the persistence context), so that the database's ON DELETE CASCADE removes
	 * everything that references the account in the same statement.
	 */
	@Modifying
	@Transactional
	@Query("delete from UserAccount a where a.id = :id")
	int deleteAccount(long id);

}
