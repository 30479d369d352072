"""Applications built on the compiler: batch, vergelijk, populatie, mutatie, waarom niet, cases."""
