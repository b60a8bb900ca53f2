#include "ProfileError.h"

bool ProfileError::keychainUnavailable() const
{
    return kind == Kind::NoKeychain || kind == Kind::KeychainLocked || kind == Kind::Timeout;
}

int ProfileError::exitCode() const
{
    return kind == Kind::InvalidInput ? 2 : 1;
}
