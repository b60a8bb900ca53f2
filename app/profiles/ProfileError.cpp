#include "ProfileError.h"

#include "common/ExitCode.h"

bool ProfileError::keychainUnavailable() const
{
    return kind == Kind::NoKeychain || kind == Kind::KeychainLocked || kind == Kind::Timeout;
}

int ProfileError::exitCode() const
{
    return kind == Kind::InvalidInput ? ExitCode::Usage : ExitCode::Local;
}
