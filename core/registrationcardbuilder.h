#pragma once

#include "appeal.h"
#include "intakedata.h"
#include "registrationcard.h"

// Fills the printable card from a stored appeal, with classifier names from the reference.
namespace RegistrationCardBuilder {
RegistrationCard fromAppeal(const Appeal &appeal, const IntakeReference &reference);
}
