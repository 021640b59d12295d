// Placeholder until the emulator lands.
return 0;
